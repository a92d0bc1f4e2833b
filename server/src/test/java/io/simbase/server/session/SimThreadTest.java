package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.record.RecordingWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler with an injected clock, driven by calling doWork() directly (no thread). */
class SimThreadTest {
    private static final long STEP = 5_000_000;

    @TempDir
    Path dir;

    private Session session(Scene scene, String id) throws Exception {
        return new Session(id, "C", "owner", scene, 1, 30, RecordingWriter.create(dir.resolve(id + ".simrec"), scene.id(), 1),
                16, 1 << 20, 10_000_000_000L);
    }

    @Test
    void stepsOnGridAlignedAbsoluteDeadlinesAndSkipsInsteadOfBursting() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        AtomicLong clock = new AtomicLong(1_000_123);
        SimThread t = new SimThread(0, clock::get);
        Session s = session(scene, "a");
        t.add(s);

        assertEquals(0, t.doWork(), "first deadline is the next grid point, 1.25 ms: not yet due");
        clock.set(1_249_999);
        assertEquals(0, t.doWork());
        clock.set(1_250_000);
        assertEquals(1, t.doWork(), "due exactly on the grid");
        assertEquals(0, t.doWork(), "once per deadline");
        clock.set(1_250_000 + STEP);
        assertEquals(1, t.doWork());

        // Three periods late: one step now, the missed deadlines skipped, none run in a burst.
        clock.set(1_250_000 + 4 * STEP + 10);
        assertEquals(1, t.doWork());
        assertEquals(0, t.doWork());
        assertEquals(2, t.counters().skippedSteps);
        clock.set(1_250_000 + 5 * STEP);
        assertEquals(1, t.doWork(), "back on the original absolute grid");
        assertEquals(4, t.counters().steps);
    }

    @Test
    void aPausedSessionDoesNotStepAndResumesOnTheGrid() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        AtomicLong clock = new AtomicLong(0);
        SimThread t = new SimThread(0, clock::get);
        Session s = session(scene, "b");
        t.add(s);
        assertEquals(1, t.doWork());
        ClientLinkStub link = new ClientLinkStub();
        s.submit(x -> x.pause(link, 1, true));
        clock.set(STEP);
        assertEquals(0, t.doWork(), "paused");
        clock.set(10 * STEP + 1);
        assertEquals(0, t.doWork(), "still paused");
        s.submit(x -> x.pause(link, 2, false));
        clock.set(10 * STEP + 2);
        assertEquals(0, t.doWork(), "resumed: next deadline is the next grid point");
        clock.set(10 * STEP + SimThread.GRID_NANOS);
        assertEquals(1, t.doWork());
        assertEquals(0, t.counters().skippedSteps, "a pause is not lateness");
        assertEquals(2, link.sent.size(), "both controls acknowledged");
    }
}
