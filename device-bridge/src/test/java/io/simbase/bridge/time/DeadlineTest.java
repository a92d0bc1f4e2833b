package io.simbase.bridge.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Absolute-deadline pacing driven by an injected clock (and one real wait). */
class DeadlineTest {
    private static final long PERIOD = 5_000_000;

    @Test
    void deadlinesAreAbsoluteSoJitterDoesNotDrift() {
        Deadline d = new Deadline(PERIOD, 1_000);
        assertEquals(0, d.begin(1_000));
        d.advance();
        // this cycle starts 1.2 ms late; the next one is still due on the original grid
        assertEquals(1_200_000, d.begin(1_000 + PERIOD + 1_200_000));
        assertEquals(1_000 + 2 * PERIOD, d.advance());
        assertEquals(0, d.restarts());
    }

    @Test
    void anEarlyStartCountsAsOnTime() {
        Deadline d = new Deadline(PERIOD, 10_000_000);
        assertEquals(0, d.begin(9_000_000));
        assertEquals(10_000_000, d.dueNanos());
    }

    @Test
    void aCycleMoreThanOnePeriodLateRestartsTheScheduleInsteadOfBursting() {
        Deadline d = new Deadline(PERIOD, 0);
        d.begin(0);
        d.advance();
        long now = PERIOD + 3 * PERIOD + 1_000; // three and a bit periods late
        assertEquals(3 * PERIOD + 1_000, d.begin(now));
        assertEquals(1, d.restarts());
        assertEquals(3, d.missedPeriods());
        // the next cycle is one period after this late start, not at the old grid's next slot
        assertEquals(now + PERIOD, d.advance());
        assertEquals(0, d.begin(now + PERIOD));
        assertEquals(1, d.restarts());
    }

    @Test
    void exactlyOnePeriodLateStillKeepsTheGrid() {
        Deadline d = new Deadline(PERIOD, 0);
        assertEquals(PERIOD, d.begin(PERIOD));
        assertEquals(0, d.restarts());
        assertEquals(PERIOD, d.advance());
    }

    @Test
    void awaitNextParksUntilTheNextDeadline() {
        long period = TimeUnit.MILLISECONDS.toNanos(20);
        long start = System.nanoTime();
        Deadline d = new Deadline(period, start);
        d.begin(start);
        d.awaitNext(() -> true);
        assertTrue(System.nanoTime() - start >= period, "woke before the deadline");
    }

    @Test
    void awaitNextReturnsAtOnceWhenNotRunning() {
        Deadline d = new Deadline(TimeUnit.SECONDS.toNanos(60), System.nanoTime());
        long before = System.nanoTime();
        d.awaitNext(() -> false);
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(30), "waited although stopped");
    }

    @Test
    void aPeriodMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Deadline(0, 0));
    }
}
