package io.simbase.engine.component;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.SenseContext;

/**
 * The counters of a {@link CarPark} the grader reads: cars turned away (and of them those turned
 * away although a space was free, {@code lost}), cars that entered with no free space
 * ({@code overfull}), cars under a barrier not fully open ({@code barrier_hits}), and passages
 * after which the program's free-space display was wrong ({@code miscounts}, compared
 * {@link CarPark#DISPLAY_CHECK_S} after each passage). Simulation thread only; allocates nothing.
 */
final class CarParkCounters {
    private double checkInS = -1;
    private int turnedAway;
    private int lost;
    private int overfull;
    private int barrierHits;
    private int miscounts;

    /** A car drove on (at the FULL sign, or out of patience); {@code spaceFree}: there was room inside. */
    void turnedAway(boolean spaceFree) {
        turnedAway++;
        if (spaceFree) {
            lost++;
        }
    }

    void overfull() {
        overfull++;
    }

    void barrierHit() {
        barrierHits++;
    }

    /** A car has passed (or given up): the display is checked a little later. */
    void passed() {
        checkInS = CarPark.DISPLAY_CHECK_S;
    }

    /** One step of {@code dt} s: at the check's time, the display (tag {@code displayTag}, -1: none) against {@code freeSpaces}. */
    void checkDisplay(IntegrateContext w, double dt, int displayTag, int freeSpaces) {
        if (checkInS >= 0) {
            checkInS -= dt;
            if (checkInS < 0 && displayTag >= 0 && Math.round(w.get(displayTag)) != freeSpaces) {
                miscounts++;
            }
        }
    }

    void sense(SenseContext w, CarPark.Wiring io) {
        set(w, io.turnedAway(), turnedAway);
        set(w, io.lost(), lost);
        set(w, io.overfull(), overfull);
        set(w, io.barrierHits(), barrierHits);
        set(w, io.miscounts(), miscounts);
    }

    static void set(SenseContext w, int tag, double value) {
        if (tag >= 0) {
            w.setSensor(tag, value);
        }
    }

    int lost() {
        return lost;
    }

    int overfullCount() {
        return overfull;
    }

    int barrierHits() {
        return barrierHits;
    }

    int miscounts() {
        return miscounts;
    }

    void write(StateSink s) {
        s.putDouble(checkInS);
        s.putInt(turnedAway);
        s.putInt(lost);
        s.putInt(overfull);
        s.putInt(barrierHits);
        s.putInt(miscounts);
    }

    void read(StateSource s) {
        checkInS = s.getDouble();
        turnedAway = s.getInt();
        lost = s.getInt();
        overfull = s.getInt();
        barrierHits = s.getInt();
        miscounts = s.getInt();
    }
}
