package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.PlcDownload;
import io.simbase.protocol.v1.PlcRun;
import io.simbase.protocol.v1.StartGradedRun;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heads-up line names the controller and shows a graded run's checks: a live server runs
 * sorting-station's reference program on the soft PLC and grades it; the viewer (its own JVM,
 * Xvfb, Chinese) takes a picture. What the line said is printed with the picture; the check
 * chips are in the picture, each green or red as the run reported it.
 */
class ControllerHudPictureTest {
    private static final int W = 1280;
    private static final int H = 800;

    @Test
    void theLineNamesTheRunningSoftPlcAndTheGradedRunsChecks(@TempDir Path dir) throws Exception {
        try (Xvfb x = Xvfb.start();
             LiveServer server = new LiveServer(dir.resolve("data"), 0);
             LiveServer.Staff staff = server.staff()) {
            String code = staff.request(ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("PLC 1")))
                    .getClassOpened().getCode();
            String session = staff.request(ClientMessage.newBuilder().setCreateSession(
                    CreateSession.newBuilder().setScene("sorting-station").setClassCode(code)))
                    .getSessionCreated().getSessionId();
            staff.request(ClientMessage.newBuilder().setPlcDownload(PlcDownload.newBuilder().setSessionId(session)
                    .setSource(program("sorting-station")).setFileName("sorting-station.st")));
            staff.request(ClientMessage.newBuilder().setPlcRun(PlcRun.newBuilder().setSessionId(session)));
            staff.request(ClientMessage.newBuilder().setStartGradedRun(StartGradedRun.newBuilder().setSessionId(session)
                    .setExerciseId("sorting-station")));

            Path png = dir.resolve("hud.png");
            String out;
            try (ViewerProcess v = ViewerProcess.start(x.display(), dir, "--server", server.url(), "--session", session,
                    "--user", LiveServer.USER, "--password", LiveServer.PASSWORD, "--size", W + "x" + H, "--lang", "zh",
                    "--screenshot", png.toString(), "--after", "1")) {
                assertEquals(0, v.waitFor(90), "viewer failed:\n" + v.output());
                out = v.output();
            }
            assertTrue(out.contains("分拣站") && out.contains("控制： 软PLC 运行"), "the line lacks the Chinese title or the soft PLC in RUN:\n" + out);
            Matcher run = Pattern.compile("hud_run=评分运行 sorting-station .*\\|((?: \\S+:(?:ok|FAILED))+)").matcher(out);
            assertTrue(run.find(), "no graded run on the line:\n" + out);
            String[] checks = run.group(1).trim().split(" ");
            assertTrue(checks.length >= 2, "checks: " + run.group(1));

            BufferedImage img = Pictures.read(png);
            int green = 0;
            int red = 0;
            for (int yy = 34; yy < 54; yy += 2) { // the run bar, under the 30-pixel line
                for (int xx = 0; xx < W; xx++) {
                    int c = img.getRGB(xx, yy);
                    int r = (c >> 16) & 255;
                    int g = (c >> 8) & 255;
                    int b = c & 255;
                    green += r < 70 && g > 140 && b < 90 ? 1 : 0;
                    red += r > 190 && g < 60 && b < 60 ? 1 : 0;
                }
            }
            long failed = java.util.Arrays.stream(checks).filter(c -> c.endsWith(":FAILED")).count();
            assertTrue(green > 0 == failed < checks.length, "green chip pixels " + green + " for " + run.group(1));
            assertTrue(red > 0 == failed > 0, "red chip pixels " + red + " for " + run.group(1));
        }
    }

    private static String program(String name) throws Exception {
        try (InputStream in = ControllerHudPictureTest.class.getResourceAsStream("/simbase/programs/" + name + ".st")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
