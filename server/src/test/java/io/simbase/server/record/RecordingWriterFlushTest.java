package io.simbase.server.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flushing a recording from several threads while its sim thread appends: every record reaches
 * the file once and in order, and a flush returns only when what was appended before it is in
 * the file (what an on-demand flush from open_replay relies on).
 */
class RecordingWriterFlushTest {
    @TempDir
    Path dir;

    @Test
    void concurrentFlushersLoseNothingAndKeepTheOrder() throws Exception {
        int records = 200_000;
        Path file = dir.resolve("a.simrec");
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(2);
        try (RecordingWriter w = RecordingWriter.create(file, "conveyor-basics", 1)) {
            Runnable flusher = () -> {
                started.countDown();
                try {
                    while (!done.get()) {
                        w.flush();
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            };
            Thread a = new Thread(flusher, "flusher-a");
            Thread b = new Thread(flusher, "flusher-b");
            a.start();
            b.start();
            started.await();
            for (int i = 0; i < records; i++) {
                w.note(i, "n");
            }
            done.set(true);
            a.join();
            b.join();
            w.flush();
            assertEquals(null, failure.get());
            List<String> lines = Files.readAllLines(file);
            assertEquals(3 + records, lines.size(), "header and every note, none lost or written twice");
            for (int i = 0; i < records; i++) {
                assertEquals("# " + i + " n", lines.get(3 + i));
            }
        }
    }

    @Test
    void aFlushFromAnotherThreadFindsEverythingAppendedBeforeIt() throws Exception {
        Path file = dir.resolve("b.simrec");
        try (RecordingWriter w = RecordingWriter.create(file, "conveyor-basics", 1)) {
            for (int round = 0; round < 200; round++) {
                w.note(round, "graded run ended");
                Thread reader = new Thread(() -> {
                    try {
                        w.flush();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                reader.start();
                reader.join();
                List<String> lines = Files.readAllLines(file);
                assertTrue(lines.get(lines.size() - 1).equals("# " + round + " graded run ended"), lines.get(lines.size() - 1));
            }
        }
    }
}
