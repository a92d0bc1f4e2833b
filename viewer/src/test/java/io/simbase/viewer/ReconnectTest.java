package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.SessionSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server restarts under a running viewer (same port, same data folder); the viewer
 * reconnects, resumes its sign-in and watches the student's session again by itself.
 */
class ReconnectTest {
    @Test
    void theViewerComesBackAfterTheServerRestarts(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (Xvfb x = Xvfb.start()) {
            LiveServer first = new LiveServer(data, 0);
            int port = first.port();
            String code;
            ViewerProcess viewer;
            try (LiveServer.Staff staff = first.staff()) {
                code = staff.request(ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("PLC 2")))
                        .getClassOpened().getCode();
                viewer = ViewerProcess.start(x.display(), dir, "--server", first.url(), "--join", code, "--name", "Bo",
                        "--scene", "sorting-station", "--size", "960x600", "--lang", "zh");
                SessionSummary before = Sessions.awaitWatched(staff, code, "Bo", 60);
                assertEquals("sorting-station", before.getScene());
            } finally {
                first.close();
            }
            try (viewer; LiveServer second = new LiveServer(data, port); LiveServer.Staff staff = second.staff()) {
                SessionSummary after;
                try {
                    after = Sessions.awaitWatched(staff, code, "Bo", 30);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; the viewer's log:\n" + viewer.output(), e);
                }
                assertEquals("sorting-station", after.getScene());
                assertTrue(viewer.isAlive(), "the viewer quit:\n" + viewer.output());
            }
        }
    }
}
