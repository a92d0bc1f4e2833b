package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ListScenes;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.SceneList;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.viewer.ui.Messages;
import io.simbase.viewer.ui.StartScreen;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student who joins without naming a scene gets the start screen: the server's scenes and
 * exercises (a picture, in Chinese), and a real click (xdotool on Xvfb) on a row opens a session
 * of that row's scene.
 */
class StartScreenPictureTest {
    private static final int W = 1280;
    private static final int H = 800;

    @Test
    void theStartScreenListsScenesAndAClickOpensOne(@TempDir Path dir) throws Exception {
        try (Xvfb x = Xvfb.start();
             LiveServer server = new LiveServer(dir.resolve("data"), 0);
             LiveServer.Staff staff = server.staff()) {
            String code = staff.request(ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("PLC 1")))
                    .getClassOpened().getCode();
            SceneList list = staff.request(ClientMessage.newBuilder().setListScenes(ListScenes.getDefaultInstance()))
                    .getSceneList();

            Path png = dir.resolve("start.png");
            try (ViewerProcess v = ViewerProcess.start(x.display(), dir, "--server", server.url(), "--join", code,
                    "--name", "Bo", "--size", W + "x" + H, "--lang", "zh", "--screenshot", png.toString(), "--after", "0.2")) {
                assertEquals(0, v.waitFor(90), "viewer failed:\n" + v.output());
                assertTrue(v.output().contains("hud=请选择场景"), "not the start screen:\n" + v.output());
            }
            StartScreen screen = new StartScreen(new Messages(Messages.Lang.ZH));
            screen.show(list);
            screen.layout(W);
            BufferedImage img = Pictures.read(png);
            float left = (W - StartScreen.WIDTH) / 2;
            float firstRow = StartScreen.TOP + StartScreen.HEADING_H + StartScreen.ROW_H / 2;
            assertTrue(Pictures.anyNear(img, left + StartScreen.WIDTH - 20, firstRow, 2, (r, g, b) -> b > 170 && r < 90),
                    "the first row is not the selected (blue) one");
            assertTrue(Pictures.anyNear(img, left + StartScreen.WIDTH - 20, firstRow + StartScreen.ROW_H, 2,
                    (r, g, b) -> r > 240 && g > 240 && b > 240), "no second (white) row");
            assertTrue(Pictures.distinctColours(img) > 20, "no text on the rows (anti-aliased glyphs add colours)");

            int row = 1;
            String scene = screen.rows().get(row).sceneId();
            try (ViewerProcess v = ViewerProcess.start(x.display(), dir, "--server", server.url(), "--join", code,
                    "--name", "Ana", "--size", W + "x" + H, "--lang", "en")) {
                String window = PanelClickTest.run("xdotool", x.display(), "search", "--sync", "--onlyvisible", "--name",
                        "SimBase viewer").trim().split("\\s+")[0];
                SessionSummary opened = null;
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (opened == null) {
                    assertTrue(System.nanoTime() < deadline, "no session opened by the click:\n" + v.output());
                    PanelClickTest.run("xdotool", x.display(), "mousemove", "--window", window,
                            String.valueOf(Math.round(left + 100)), String.valueOf(Math.round(firstRow + row * StartScreen.ROW_H)),
                            "click", "1");
                    try {
                        opened = Sessions.awaitWatched(staff, code, "Ana", 3);
                    } catch (AssertionError notYet) {
                        // the window showed before the list arrived: click again
                    }
                }
                assertEquals(scene, opened.getScene(), "the clicked row's scene");
            }
        }
    }
}
