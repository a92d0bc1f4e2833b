package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The class overview's per-session lateness: the worst of the window in progress and the one before. */
class RecentLatenessTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = RecentLateness.WINDOW_NANOS;

    @Test
    void theWorstOfThisWindowAndThePreviousIsKeptAndOlderOnesAreForgotten() {
        RecentLateness late = new RecentLateness();
        assertEquals(0, late.worstNanos(), "nothing recorded yet");
        long t = 5 * SECOND;
        late.record(2 * MS, t);
        late.record(7 * MS, t + 100 * MS);
        late.record(1 * MS, t + 200 * MS);
        assertEquals(7 * MS, late.worstNanos(), "the worst so far");

        late.record(3 * MS, t + SECOND + 10 * MS); // a new window: the previous one's worst still counts
        assertEquals(7 * MS, late.worstNanos());
        late.record(1 * MS, t + 2 * SECOND + 20 * MS); // two windows on: 7 ms has left, 3 ms is the previous window's
        assertEquals(3 * MS, late.worstNanos());
        late.record(1 * MS, t + 3 * SECOND + 30 * MS);
        assertEquals(1 * MS, late.worstNanos());
    }

    @Test
    void aWindowWithoutStepsLeavesNothingBehind() {
        RecentLateness late = new RecentLateness();
        long t = 10 * SECOND;
        late.record(9 * MS, t);
        late.record(1 * MS, t + 5 * SECOND); // four silent windows between: the 9 ms is old
        assertEquals(1 * MS, late.worstNanos());
    }

    @Test
    void aPauseClearsIt() {
        RecentLateness late = new RecentLateness();
        late.record(4 * MS, SECOND);
        late.clear();
        assertEquals(0, late.worstNanos());
        late.record(2 * MS, SECOND + 10 * MS);
        assertEquals(2 * MS, late.worstNanos(), "recording again after the pause");
    }
}
