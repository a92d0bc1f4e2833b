package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.Error;
import io.simbase.server.metrics.ServerMetrics;
import io.simbase.server.record.RecordingWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
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
        RepliesStub replies = new RepliesStub();
        s.submit(new SessionCommand.Pause(true), replies);
        clock.set(STEP);
        assertEquals(0, t.doWork(), "paused");
        clock.set(10 * STEP + 1);
        assertEquals(0, t.doWork(), "still paused");
        s.submit(new SessionCommand.Pause(false), replies);
        clock.set(10 * STEP + 2);
        assertEquals(0, t.doWork(), "resumed: next deadline is the next grid point");
        clock.set(10 * STEP + SimThread.GRID_NANOS);
        assertEquals(1, t.doWork());
        assertEquals(0, t.counters().skippedSteps, "a pause is not lateness");
        assertEquals(2, replies.applied(), "both controls acknowledged");
    }

    @Test
    void manySessionsSpreadOverTheGridEachStepOncePerPeriodOnTheirOwnDeadlines() throws Exception {
        Scene scene = Scenes.load("conveyor-basics");
        AtomicLong clock = new AtomicLong(7);
        SimThread t = new SimThread(0, clock::get);
        int n = 60;
        Session[] s = new Session[n];
        for (int i = 0; i < n; i++) {
            // created at different times: the first deadlines land in different grid slots
            clock.set(7 + i * 97_000L);
            s[i] = session(scene, "m" + i);
            t.add(s[i]);
            t.doWork();
        }
        long end = clock.get() + 40 * STEP;
        int steps = (int) t.counters().steps;
        while (clock.get() < end) {
            clock.addAndGet(SimThread.GRID_NANOS);
            steps += t.doWork();
        }
        assertEquals(0, t.counters().skippedSteps, "woken on every grid point: nothing late");
        long total = 0;
        for (int i = 0; i < n; i++) {
            long first = SimThread.onGrid(7 + i * 97_000L);
            long expected = (clock.get() - first) / STEP + 1;
            assertEquals(expected, s[i].status().step(), "session " + i + ": one step per deadline since " + first);
            total += expected;
        }
        assertEquals(total, steps, "the thread's count matches");
        assertEquals(total, t.counters().steps);

        // A session closed by a command leaves the thread; the others go on.
        ClientLinkStub link = new ClientLinkStub();
        s[3].submit(new SessionCommand.Close(link), new RepliesStub());
        clock.addAndGet(SimThread.GRID_NANOS);
        t.doWork();
        assertEquals(n - 1, t.counters().sessions);
        long before = s[3].status().step();
        for (int i = 0; i < 40; i++) {
            clock.addAndGet(SimThread.GRID_NANOS);
            t.doWork();
        }
        assertEquals(before, s[3].status().step(), "closed: no more steps");
        assertTrue(s[4].status().step() > before);
    }

    @Test
    void aPausedSessionKeepsPublishingFramesToItsObservers() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        AtomicLong clock = new AtomicLong(0);
        SimThread t = new SimThread(0, clock::get);
        Session s = session(scene, "p");
        t.add(s);
        ClientLinkStub link = new ClientLinkStub();
        s.submit(new SessionCommand.Observe(link, 1), CommandReply.NONE);
        s.submit(new SessionCommand.Pause(true), CommandReply.NONE);
        t.doWork();
        int framesAtPause = link.frames;
        long stepAtPause = s.status().step();
        for (int i = 0; i < 400; i++) { // 100 ms
            clock.addAndGet(SimThread.GRID_NANOS);
            t.doWork();
        }
        assertEquals(stepAtPause, s.status().step(), "paused: no steps");
        assertTrue(link.frames - framesAtPause >= 2,
                "about 30 frames a second while paused: " + (link.frames - framesAtPause) + " in 100 ms");
    }

    @Test
    void aDeadlineBeyondOneTurnOfTheWheelIsKeptForItsOwnTurn() throws Exception {
        Scene scene = Scenes.load("conveyor-basics");
        AtomicLong clock = new AtomicLong(0);
        SimThread t = new SimThread(0, clock::get);
        Session s = session(scene, "slow");
        t.add(s);
        s.submit(new SessionCommand.SetTimeScale(0.0125), CommandReply.NONE); // 400 ms per step: more than a turn (256 ms)
        assertEquals(1, t.doWork());
        clock.set(STEP);
        assertEquals(0, t.doWork(), "next step 400 ms after the first");
        // The wheel's slot for 400 ms comes round at 144 ms first (one turn is 256 ms).
        int steps = 0;
        long stepAt = -1;
        for (long now = STEP; now <= STEP + 500_000_000L; now += SimThread.GRID_NANOS) {
            clock.set(now);
            int k = t.doWork();
            if (k > 0 && now > STEP) {
                stepAt = now;
            }
            steps += k;
        }
        assertTrue(steps >= 1);
        assertEquals(400_000_000L, stepAt, "the slow step ran on its own deadline, not a turn early");
    }

    @Test
    void commandsThatArriveBeforeTheThreadTakesTheSessionDoNotBreakTheSchedule() throws Exception {
        Scene scene = Scenes.load("conveyor-basics");
        AtomicLong clock = new AtomicLong(0);
        SimThread t = new SimThread(0, clock::get);
        Session s = session(scene, "early");
        // The interleaving of a client that submits the moment the session exists: the
        // command is drained in a cycle that has not taken the session from the hand-over queue yet.
        s.simThread(t);
        s.submit(new SessionCommand.Pause(false), CommandReply.NONE);
        t.doWork();
        t.add(s);
        assertEquals(0, t.doWork(), "taken; its first deadline is the next grid point not yet handled");
        clock.set(SimThread.GRID_NANOS);
        assertEquals(1, t.doWork());
        for (int i = 1; i <= 10; i++) {
            clock.set(SimThread.GRID_NANOS + i * STEP);
            assertEquals(1, t.doWork(), "one step per period");
        }
        assertEquals(1, t.counters().sessions);
    }

    @Test
    void aSessionThatFailsIsClosedAndTheOthersOnItsThreadGoOn() throws Exception {
        Scene scene = Scenes.load("conveyor-basics");
        AtomicLong clock = new AtomicLong(0);
        SimThread t = new SimThread(0, clock::get);
        Session bad = session(scene, "bad");
        Session good = session(scene, "good");
        t.add(bad);
        t.add(good);
        ClientLinkStub watcher = new ClientLinkStub();
        bad.submit(new SessionCommand.Observe(watcher, 1), CommandReply.NONE);
        assertEquals(2, t.doWork());
        bad.submitAlways(x -> {
            throw new IllegalStateException("a bug in a command");
        });
        for (int i = 1; i <= 5; i++) {
            clock.set(i * STEP);
            t.doWork();
        }
        assertEquals(1, t.counters().sessions, "the failed session left the thread");
        assertTrue(bad.isClosed());
        assertEquals(6, good.status().step(), "the other session kept its schedule");
        assertTrue(watcher.sent.stream().anyMatch(m -> m.hasError()
                && m.getError().getCode() == Error.Code.INTERNAL
                && m.getError().getText().contains("bad")), "the observer was told: " + watcher.sent);
        assertTrue(Files.readString(dir.resolve("bad.simrec"),
                StandardCharsets.ISO_8859_1).contains("server failure"), "the recording says why it ended");
    }

    @Test
    void sessionsHandedToAnotherThreadKeepTheirDeadlinesAndTheirQueuedCommands() throws Exception {
        Scene scene = Scenes.load("conveyor-basics");
        AtomicLong clock = new AtomicLong(0);
        SimThread a = new SimThread(0, clock::get);
        SimThread b = new SimThread(1, clock::get);
        int n = 6;
        Session[] s = new Session[n];
        for (int i = 0; i < n; i++) {
            s[i] = session(scene, "h" + i);
            a.add(s[i]);
        }
        a.doWork();
        b.doWork();
        assertEquals(n, a.counters().sessions);
        int belt = scene.layout().indexOf("belt_run");
        RepliesStub replies = new RepliesStub();
        for (int period = 1; period <= 20; period++) {
            if (period == 5) {
                // Commands queued on A for the sessions that move, then the hand-over.
                for (Session x : s) {
                    x.submit(new SessionCommand.SetInput(belt, 1), replies);
                }
                a.handOff(b, 3);
            }
            // Wake both threads on every grid point of the period.
            for (long t = (period - 1) * STEP + SimThread.GRID_NANOS; t <= period * STEP; t += SimThread.GRID_NANOS) {
                clock.set(t);
                a.doWork();
                b.doWork();
            }
        }
        assertEquals(3, a.counters().sessions);
        assertEquals(3, b.counters().sessions);
        for (Session x : s) {
            assertEquals(21, x.status().step(), x.id() + ": one step per period, none lost or doubled by the move");
        }
        assertEquals(n, replies.applied(), "every queued input applied once");
        assertEquals(0, a.counters().skippedSteps + b.counters().skippedSteps);
        assertEquals(21 * n, a.counters().steps + b.counters().steps);
    }

    @Test
    void aStoppedThreadTakesNoSessionsAndHandOffsToItKeepThemRunning() throws Exception {
        Scene scene = Scenes.load("conveyor-basics");
        AtomicLong clock = new AtomicLong(0);
        SimThread a = new SimThread(0, clock::get);
        SimThread b = new SimThread(1, clock::get);
        b.start();
        b.stop(); // stopped: running = false
        assertFalse(b.isRunning());
        Session s = session(scene, "kept");
        assertFalse(b.add(s), "a stopped thread refuses");
        assertTrue(a.add(s));
        a.doWork();
        a.handOff(b, 1);
        for (int i = 1; i <= 4; i++) {
            clock.set(i * STEP);
            a.doWork();
        }
        assertEquals(1, a.counters().sessions, "the hand-off to a stopped thread did not take the session away");
        assertEquals(5, s.status().step(), "and it kept stepping");
    }

    @Test
    void stepsSkippedAfterAStallAreRecordedInTheLatenessHistogramAsTheLatenessTheyWouldHaveHad() throws Exception {
        Scene scene = Scenes.load("conveyor-basics");
        AtomicLong clock = new AtomicLong(0);
        SimThread t = new SimThread(0, clock::get);
        Session s = session(scene, "stall");
        t.add(s);
        for (int i = 0; i < 100; i++) { // 100 steps on time
            clock.set(i * STEP);
            assertEquals(1, t.doWork());
        }
        long stalledUntil = 99 * STEP + 100 * STEP; // the thread wakes 100 periods after the last step's deadline
        clock.set(stalledUntil);
        assertEquals(1, t.doWork(), "one step, no burst");
        assertEquals(99, t.counters().skippedSteps);

        Histogram h = t.latenessInterval(null);
        // The step that ran was 99 periods late; the 98 deadlines it swallowed that would have
        // been at least a period late are recorded at 98, 97, ... 1 periods (HdrHistogram's
        // expected-interval correction); the last skipped one (under a period) is not.
        assertEquals(100 + 1 + 98, h.getTotalCount(), "the steps that ran, plus the corrected ones");
        assertEquals(99 * STEP, h.getMaxValue(), 99 * STEP / 1000.0);
        assertTrue(h.getValueAtPercentile(99) >= 90 * STEP,
                "p99 counts the steps that never ran: " + h.getValueAtPercentile(99) + " ns");
        assertTrue(h.getValueAtPercentile(75) >= 40 * STEP, "a quarter of all deadlines were late by half the stall or more");
        assertEquals(0, h.getValueAtPercentile(40), "the on-time steps are still there");
        Histogram run = t.stepsRunLatenessInterval(null);
        assertEquals(101, run.getTotalCount(), "the uncorrected histogram, for comparison, has the steps that ran");
        assertEquals(0, run.getValueAtPercentile(99), "and hides the stall below its p99");
    }

    @Test
    void aSessionThatFailsIsCountedInTheMetrics() throws Exception {
        try (SessionRegistry reg = new SessionRegistry(dir, 1, 10, 16, 1 << 20, 10_000_000_000L, System::nanoTime)) {
            ServerMetrics metrics = new ServerMetrics(reg);
            assertTrue(metrics.prometheus().contains("\nsimbase_sessions_failed_total 0\n"), metrics.prometheus());
            Scene scene = Scenes.load("conveyor-basics");
            Session bad = reg.create("C", "alice", scene, 1, 30);
            Session good = reg.create("C", "bob", scene, 1, 30);
            bad.submitAlways(x -> {
                throw new IllegalStateException("a bug in a command");
            });
            long end = System.nanoTime() + 10_000_000_000L;
            while (!bad.isClosed() && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            assertTrue(bad.isClosed());
            assertEquals(1, metrics.snapshot().failedSessions());
            assertTrue(metrics.prometheus().contains("\nsimbase_sessions_failed_total 1\n"), metrics.prometheus());
            assertFalse(good.isClosed(), "the other session goes on");
        }
    }
}
