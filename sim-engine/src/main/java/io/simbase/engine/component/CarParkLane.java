package io.simbase.engine.component;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.IntegrateContext;

/**
 * The cars of a {@link CarPark}: how many are inside, waiting at the barrier and about to leave,
 * and the one lane past beams A and B with the car on it. Entering: A, A and B, B; backing out:
 * A only; leaving: B, B and A, A; each phase {@code beam_s}. Leaving cars go first. Simulation
 * thread only; allocates nothing.
 */
final class CarParkLane {
    private static final int IDLE = 0;
    private static final int WAITING = 1;
    private static final int IN_A = 2;
    private static final int IN_AB = 3;
    private static final int IN_B = 4;
    private static final int BACK_A = 5;
    private static final int OUT_B = 6;
    private static final int OUT_AB = 7;
    private static final int OUT_A = 8;

    private int inside;
    private int waiting;
    private int leaving;
    private int lane;
    private double phaseS;
    private boolean backsOut;
    private boolean hitThisCar;

    CarParkLane(int inside) {
        this.inside = inside;
    }

    int inside() {
        return inside;
    }

    int waiting() {
        return waiting;
    }

    /** An arriving car joins the queue if it has room for it. */
    void arrive(int queue) {
        if (waiting < queue) {
            waiting++;
        }
    }

    /** A car inside decides to leave (one not already leaving). */
    void leaveIfAny() {
        if (inside - leaving > 0) {
            leaving++;
        }
    }

    /** One step of {@code dt} s with the barrier at {@code barrier} (0 closed, 1 open). */
    void step(IntegrateContext w, double dt, double barrier, CarPark.Params p, CarParkCounters counters) {
        phaseS += dt;
        boolean underBarrier = lane == IN_A || lane == IN_AB || lane == BACK_A;
        if (underBarrier && barrier < 1 && !hitThisCar) {
            hitThisCar = true;
            counters.barrierHit();
        }
        boolean phaseDone = phaseS >= p.beamS() - 1e-9;
        switch (lane) {
            case IDLE:
                if (leaving > 0) {
                    enter(OUT_B);
                } else if (waiting > 0) {
                    enter(WAITING);
                }
                break;
            case WAITING:
                if (barrier >= 1) {
                    backsOut = w.rng().nextDouble() < p.reverse();
                    hitThisCar = false;
                    enter(IN_A);
                } else if (phaseS >= p.patienceS()) {
                    waiting--;
                    counters.turnedAway(inside < p.capacity());
                    passed(counters);
                }
                break;
            case IN_A:
                if (phaseDone) {
                    enter(backsOut ? BACK_A : IN_AB);
                }
                break;
            case BACK_A:
                if (phaseDone) {
                    waiting--;
                    passed(counters);
                }
                break;
            case IN_AB:
                if (phaseDone) {
                    enter(IN_B);
                }
                break;
            case IN_B:
                if (phaseDone) {
                    if (inside >= p.capacity()) {
                        counters.overfull();
                    }
                    inside++;
                    waiting--;
                    passed(counters);
                }
                break;
            case OUT_B:
                if (phaseDone) {
                    enter(OUT_AB);
                }
                break;
            case OUT_AB:
                if (phaseDone) {
                    enter(OUT_A);
                }
                break;
            case OUT_A:
                if (phaseDone) {
                    inside--;
                    leaving--;
                    passed(counters);
                }
                break;
            default:
                throw new IllegalStateException("lane state " + lane);
        }
    }

    private void enter(int state) {
        lane = state;
        phaseS = 0;
    }

    private void passed(CarParkCounters counters) {
        enter(IDLE);
        counters.passed();
    }

    /** A car stands on the entry loop, waiting for the barrier. */
    boolean onLoop() {
        return lane == WAITING;
    }

    boolean beamA() {
        return lane == IN_A || lane == IN_AB || lane == BACK_A || lane == OUT_AB || lane == OUT_A;
    }

    boolean beamB() {
        return lane == IN_AB || lane == IN_B || lane == OUT_B || lane == OUT_AB;
    }

    /** Whether a car is in the lane. */
    boolean carInLane() {
        return lane != IDLE;
    }

    /** Where the lane's car is drawn along a car park of size {@code s}: at the loop, under A, between, under B. */
    double carAt(double s) {
        switch (lane) {
            case WAITING: return -0.35 * s;
            case IN_A: case BACK_A: case OUT_A: return -0.15 * s;
            case IN_B: case OUT_B: return 0.15 * s;
            default: return 0;
        }
    }

    void write(StateSink s) {
        s.putInt(inside);
        s.putInt(waiting);
        s.putInt(leaving);
        s.putInt(lane);
        s.putDouble(phaseS);
        s.putBoolean(backsOut);
        s.putBoolean(hitThisCar);
    }

    void read(StateSource s) {
        inside = s.getInt();
        waiting = s.getInt();
        leaving = s.getInt();
        lane = s.getInt();
        phaseS = s.getDouble();
        backsOut = s.getBoolean();
        hitThisCar = s.getBoolean();
    }
}
