package io.simbase.viewer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The render loop's pacing: state is drawn at once, otherwise one frame per interval, asleep in between. */
class FramePacerTest {
    private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(16);

    @Test
    void pendingStateIsDrawnAtOnceOtherwiseTheNextFrameWaitsForTheInterval() {
        FramePacer p = new FramePacer(INTERVAL, t -> { });
        long start = p.awaitFrame(() -> false);
        assertEquals(0, p.waitNanos(start + INTERVAL, false), "due after one interval");
        assertEquals(INTERVAL - 1000, p.waitNanos(start + 1000, false));
        assertEquals(0, p.waitNanos(start + 1000, true), "state pending: now");
    }

    @Test
    void theLoopSleepsInItsWaiterUntilTheFrameIsDueOrStateArrives() {
        List<Long> waits = new ArrayList<>();
        AtomicBoolean pending = new AtomicBoolean();
        FramePacer p = new FramePacer(TimeUnit.SECONDS.toNanos(60), t -> {
            waits.add(t);
            pending.set(true); // state arrives while asleep
        });
        p.awaitFrame(pending::get);
        assertTrue(waits.isEmpty(), "the first frame is due at once");
        p.awaitFrame(pending::get);
        assertEquals(1, waits.size(), "one sleep, ended by the state");
        assertTrue(waits.get(0) > TimeUnit.SECONDS.toNanos(59), "asked to sleep until the frame is due: " + waits);
        assertThrows(IllegalArgumentException.class, () -> new FramePacer(0, t -> { }));
    }

    @Test
    void aSignalWakesTheWaitAndASignalBeforeTheWaitIsNotLost() throws Exception {
        Wakeup w = new Wakeup();
        w.signal();
        long t0 = System.nanoTime();
        w.await(TimeUnit.SECONDS.toNanos(30));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20), "an earlier signal was lost");
        Thread other = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            w.signal();
        });
        other.start();
        t0 = System.nanoTime();
        w.await(TimeUnit.SECONDS.toNanos(30));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20), "the signal did not wake the wait");
        other.join();
        assertFalse(other.isAlive());
    }
}
