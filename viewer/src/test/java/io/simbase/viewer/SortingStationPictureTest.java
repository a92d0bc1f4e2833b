package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.Parts;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.OrbitCamera;
import io.simbase.viewer.render.PlantViews;
import io.simbase.viewer.state.PartLook;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.state.LayoutDetails;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The viewer renders {@code sorting-station} from a live server under Xvfb: the picture is not
 * blank, the parts' colours are where the stream says the parts are, and two pictures a second
 * apart differ where the belt carries parts.
 */
class SortingStationPictureTest {
    private static final int W = 1280;
    private static final int H = 800;

    @Test
    void picturesShowThePartsWhereTheStreamSaysAndTheirMotion(@TempDir Path dir) throws Exception {
        try (Xvfb x = Xvfb.start();
             LiveServer server = new LiveServer(dir.resolve("data"), 0);
             LiveServer.Staff staff = server.staff()) {
            String code = staff.request(ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("PLC 1")))
                    .getClassOpened().getCode();
            String session = staff.request(ClientMessage.newBuilder().setCreateSession(
                    CreateSession.newBuilder().setScene("sorting-station").setClassCode(code)))
                    .getSessionCreated().getSessionId();
            ServerMessage full = staff.request(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(session)));
            staff.request(ClientMessage.newBuilder().setForce(Force.newBuilder().setSessionId(session).setTag("belt_run").setValue(1)));
            awaitParts(staff, 3, 30);

            // Moving: two pictures a second apart.
            Path moving = dir.resolve("moving.png");
            runViewer(x, dir, server, session, moving.toString(), "--after", "0.5", "--count", "2", "--every", "1");
            BufferedImage m1 = Pictures.read(dir.resolve("moving-1.png"));
            BufferedImage m2 = Pictures.read(dir.resolve("moving-2.png"));

            // Paused: the parts stand where the stream says.
            staff.request(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(session)
                    .setAction(Control.Action.PAUSE)));
            awaitQuiet(staff, 300, 10);
            Parts parts = staff.lastParts();
            Path paused = dir.resolve("paused.png");
            runViewer(x, dir, server, session, paused.toString(), "--after", "0.3");
            BufferedImage still = Pictures.read(paused);

            assertTrue(Pictures.distinctColours(still) > 200, "the picture has few colours: blank?");

            PlantMirror mirror = new PlantMirror();
            mirror.apply(full, 0);
            PlantViews views = PlantViews.of(mirror.layout(), mirror);
            OrbitCamera camera = new OrbitCamera();
            views.fit(camera);
            camera.viewProjection(W, H);
            LayoutDetails scene = LayoutDetails.of(mirror.layout());
            float[] px = new float[2];
            int checked = 0;
            for (int i = 0; i < parts.getIdsCount(); i++) {
                PartLook look = scene.looks().get(parts.getTypes(i));
                float cx = parts.getXyz(3 * i);
                float cy = parts.getXyz(3 * i + 1);
                float cz = parts.getXyz(3 * i + 2) + look.sizeZ();
                if (cx > 3.05f || !camera.project(cx, cy, cz, W, H, px)) {
                    continue; // off the belt (in a chute or bin): partly hidden by walls
                }
                if (look.name().endsWith("plastic") && look.rgb()[0] > 0.5f) {
                    assertTrue(Pictures.anyNear(still, px[0], px[1], 3, (r, g, b) -> r > 120 && g < 90 && b < 90),
                            "no red at red part " + parts.getIds(i) + " (" + px[0] + ", " + px[1] + ")");
                    checked++;
                } else if (look.name().endsWith("metal")) {
                    assertTrue(Pictures.anyNear(still, px[0], px[1], 3,
                                    (r, g, b) -> r > 110 && Math.abs(r - g) < 30 && Math.abs(g - b) < 30),
                            "no silver at metal part " + parts.getIds(i) + " (" + px[0] + ", " + px[1] + ")");
                    checked++;
                }
            }
            assertTrue(checked >= 1, "no red or silver part on the belt to check among " + parts.getIdsCount());

            ComponentView belt = views.view("entry_belt");
            int[] box = screenBox(camera, belt.bounds);
            int onBelt = Pictures.differing(m1, m2, box[0], box[1], box[2], box[3], 40);
            int panel = Pictures.differing(m1, m2, 0, H - 118, W, H, 40);
            assertTrue(onBelt > 150, "the belt area did not change in a second: " + onBelt + " pixels");
            assertEquals(0, panel, "the operator panel changed though nobody touched it");
        }
    }

    private static int[] screenBox(OrbitCamera camera, float[] b) {
        float[] p = new float[2];
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (int i = 0; i < 8; i++) {
            camera.project(b[(i & 1) == 0 ? 0 : 3], b[(i & 2) == 0 ? 1 : 4], b[(i & 4) == 0 ? 2 : 5], W, H, p);
            x0 = Math.min(x0, (int) p[0]);
            y0 = Math.min(y0, (int) p[1]);
            x1 = Math.max(x1, (int) p[0] + 1);
            y1 = Math.max(y1, (int) p[1] + 1);
        }
        return new int[] {x0, y0, x1, y1};
    }

    static void runViewer(Xvfb x, Path dir, LiveServer server, String session, String file, String... more)
            throws Exception {
        String[] base = {"--server", server.url(), "--session", session, "--user", LiveServer.USER,
            "--password", LiveServer.PASSWORD, "--size", W + "x" + H, "--lang", "en", "--screenshot", file};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        try (ViewerProcess v = ViewerProcess.start(x.display(), dir, args)) {
            int rc = v.waitFor(90);
            assertEquals(0, rc, "viewer failed:\n" + v.output());
        }
    }

    private static void awaitParts(LiveServer.Staff staff, int n, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (staff.lastParts() == null || staff.lastParts().getIdsCount() < n) {
            assertTrue(System.nanoTime() < deadline, "fewer than " + n + " parts after " + seconds + " s");
            Thread.sleep(50);
        }
    }

    /** Waits until no message with parts has come for {@code quietMillis}. */
    private static void awaitQuiet(LiveServer.Staff staff, long quietMillis, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() - staff.lastPartsNanos() < TimeUnit.MILLISECONDS.toNanos(quietMillis)) {
            assertTrue(System.nanoTime() < deadline, "parts still moving " + seconds + " s after pause");
            Thread.sleep(20);
        }
    }
}
