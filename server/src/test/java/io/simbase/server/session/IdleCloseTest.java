package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.record.Recording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions nobody watches or operates are closed after the idle limit; watched ones are not. */
class IdleCloseTest {
    @TempDir
    Path dir;

    @Test
    void anUnwatchedSessionWithoutInputsIsClosedAndItsRecordingSaysWhy() throws Exception {
        try (SessionRegistry reg = new SessionRegistry(dir, 1, 10, 16, 1 << 20, 10_000_000_000L, System::nanoTime)) {
            reg.idleCloseAfter(TimeUnit.MILLISECONDS.toNanos(600));
            Scene scene = Scenes.load("conveyor-basics");
            Session idle = reg.create("C", "alice", scene, 1, 30);
            Session watched = reg.create("C", "bob", scene, 1, 30);
            Session operated = reg.create("C", "carol", scene, 1, 30);
            ClientLinkStub link = new ClientLinkStub();
            watched.submit(new SessionCommand.Observe(link, 1), CommandReply.NONE);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int tag = scene.layout().indexOf("belt_run");
            long started = System.nanoTime();
            while (!idle.isClosed() && System.nanoTime() < end) {
                operated.submit(new SessionCommand.SetInput(tag, 1), CommandReply.NONE); // an input every 100 ms
                Thread.sleep(100);
            }
            long waited = System.nanoTime() - started;
            assertTrue(idle.isClosed(), "no observer, rig or input for 10 s with a 0.6 s limit");
            assertTrue(waited > TimeUnit.MILLISECONDS.toNanos(600), "not closed before its limit: " + waited / 1_000_000 + " ms");
            for (int i = 0; i < 10; i++) { // the other two stay open past the idle session's close (1 s more)
                operated.submit(new SessionCommand.SetInput(tag, 1), CommandReply.NONE);
                Thread.sleep(100);
            }
            assertFalse(watched.isClosed(), "an observer keeps it open");
            assertFalse(operated.isClosed(), "inputs keep it open");
            assertTrue(reg.find(idle.id()) == null, "gone from the list");
            Path file = dir.resolve(idle.recordingName());
            Recording r = Recording.read(file);
            assertTrue(r.entries().stream().anyMatch(e -> e.kind() == Recording.Kind.END), "ended cleanly");
            assertTrue(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("closed: no observer"));
        }
    }
}
