package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.EventBatch;
import io.simbase.protocol.v1.EventKind;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.state.LayoutDetails;
import io.simbase.viewer.ui.Messages;
import io.simbase.viewer.ui.OperatorPanel;
import io.simbase.viewer.ui.PanelWidget;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator panel drives the plant: a real mouse click (xdotool on Xvfb) on the viewer's
 * Start button reaches the server as Start's press and release, and the Running pilot light is
 * lit in the picture once the controller sets its tag.
 */
class PanelClickTest {
    private static final int W = 1280;
    private static final int H = 800;

    @Test
    void aClickOnStartIsPressAndReleaseAndTheRunningLightShowsItsTag(@TempDir Path dir) throws Exception {
        try (Xvfb x = Xvfb.start();
             LiveServer server = new LiveServer(dir.resolve("data"), 0);
             LiveServer.Staff staff = server.staff()) {
            String code = staff.request(ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("PLC 1")))
                    .getClassOpened().getCode();
            try (ViewerProcess viewer = ViewerProcess.start(x.display(), dir, "--server", server.url(), "--join", code,
                    "--name", "Ana", "--scene", "sorting-station", "--size", W + "x" + H, "--lang", "en")) {
                String session = Sessions.awaitWatched(staff, code, "Ana", 60).getSessionId();
                ServerMessage full = staff.request(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(session)));
                PlantMirror mirror = new PlantMirror();
                mirror.apply(full, 0);
                OperatorPanel panel = new OperatorPanel(new Messages(Messages.Lang.EN), (tag, value) -> { });
                panel.bind(mirror.layout(), LayoutDetails.of(mirror.layout()), mirror);
                panel.layout(W, H);
                PanelWidget start = widget(panel, "start");
                PanelWidget running = widget(panel, "running");

                String window = run("xdotool", x.display(), "search", "--sync", "--onlyvisible", "--name", "SimBase viewer").trim();
                Runnable click = () -> {
                    try {
                        run("xdotool", x.display(), "mousemove", "--window", window.split("\\s+")[0],
                                String.valueOf(Math.round(start.centreX())), String.valueOf(Math.round(start.centreY())), "click", "1");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                };
                click.run();
                long nextClick = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);

                int startTag = mirror.tagIndex("start_pb");
                List<Double> applied = new ArrayList<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (applied.size() < 2) {
                    assertTrue(System.nanoTime() < deadline, "Start's inputs seen so far: " + applied + "\n" + viewer.output());
                    EventBatch e;
                    try {
                        e = staff.await(ServerMessage::hasEvents, 1).getEvents();
                    } catch (AssertionError quietSecond) {
                        // Nothing yet: a click that came before the viewer had bound its panel is lost
                        // (the window maps before the first state arrives), so click again.
                        if (applied.isEmpty() && System.nanoTime() > nextClick) {
                            click.run();
                            nextClick = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                        }
                        continue;
                    }
                    for (int i = 0; i < e.getKindCount(); i++) {
                        if (e.getKind(i) == EventKind.INPUT_APPLIED && e.getSubject(i) == startTag) {
                            applied.add(e.getValue(i));
                        }
                    }
                }
                assertEquals(List.of(1.0, 0.0), applied, "Start: press then release");
                assertTrue(viewer.isAlive(), "the viewer quit:\n" + viewer.output());

                Path dark = dir.resolve("dark.png");
                SortingStationPictureTest.runViewer(x, dir, server, session, dark.toString(), "--after", "0.3");
                staff.request(ClientMessage.newBuilder().setForce(Force.newBuilder().setSessionId(session)
                        .setTag("running_light").setValue(1)));
                Path lit = dir.resolve("lit.png");
                SortingStationPictureTest.runViewer(x, dir, server, session, lit.toString(), "--after", "0.3");
                BufferedImage off = Pictures.read(dark);
                BufferedImage on = Pictures.read(lit);
                float lx = running.centreX();
                float ly = running.centreY();
                assertTrue(Pictures.anyNear(on, lx, ly, 4, (r, g, b) -> g > 150 && r < 140 && b < 140),
                        "the Running light is not lit in the picture");
                assertTrue(!Pictures.anyNear(off, lx, ly, 4, (r, g, b) -> g > 150 && r < 140 && b < 140),
                        "the Running light is lit before the controller set it");
            }
        }
    }

    private static PanelWidget widget(OperatorPanel panel, String id) {
        PanelWidget found = null;
        for (PanelWidget w : panel.widgets()) {
            if (w.componentId.equals(id)) {
                found = w;
            }
        }
        assertNotNull(found, "no panel widget " + id);
        return found;
    }

    static String run(String tool, String display, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(tool + " " + args[0] + " did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), tool + " " + String.join(" ", args) + ": " + out);
        return out;
    }
}
