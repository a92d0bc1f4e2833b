package io.simbase.engine.parts;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;

/**
 * The surfaces parts rest on: static rectangles at a height, each with a friction coefficient
 * and a settable transport velocity (a belt's speed times its heading, a chute's slide).
 *
 * <p>Layout: one array, {@value #STRIDE} doubles (one cache line's worth) per surface, so that
 * a support query and the friction that follows touch one line per surface rather than one per
 * field; a world's step usually comes after hundreds of other worlds' steps, when nothing of it
 * is in the near caches. Package-private accessors are read by {@link PartSystem}'s step.
 * Stepping thread only; no allocation after build.
 */
final class Surfaces {
    private static final int MIN_X = 0;
    private static final int MIN_Y = 1;
    private static final int MAX_X = 2;
    private static final int MAX_Y = 3;
    private static final int TOP = 4;
    private static final int MU = 5;
    private static final int VX = 6;
    private static final int VY = 7;
    /** Doubles per surface. */
    static final int STRIDE = 8;

    int count;
    private final double[] data;

    Surfaces(int capacity) {
        data = new double[capacity * STRIDE];
    }

    int add(double x0, double y0, double x1, double y1, double topZ, double frictionMu) {
        int s = count++;
        int b = s * STRIDE;
        data[b + MIN_X] = x0;
        data[b + MIN_Y] = y0;
        data[b + MAX_X] = x1;
        data[b + MAX_Y] = y1;
        data[b + TOP] = topZ;
        data[b + MU] = frictionMu;
        return s;
    }

    double top(int s) {
        return data[s * STRIDE + TOP];
    }

    double mu(int s) {
        return data[s * STRIDE + MU];
    }

    double vx(int s) {
        return data[s * STRIDE + VX];
    }

    double vy(int s) {
        return data[s * STRIDE + VY];
    }

    void setVelocity(int s, double velX, double velY) {
        data[s * STRIDE + VX] = velX;
        data[s * STRIDE + VY] = velY;
    }

    /**
     * The highest surface whose rectangle contains the point and whose top is at or below
     * {@code maxTop} (within {@link PartSystem#EPS}), or -1; on equal tops the one added later
     * wins (a diverter over its belt).
     */
    int supportAt(double px, double py, double maxTop) {
        int best = -1;
        double bestTop = Double.NEGATIVE_INFINITY;
        double[] d = data;
        for (int s = 0, b = 0; s < count; s++, b += STRIDE) {
            double top = d[b + TOP];
            if (px >= d[b + MIN_X] && px <= d[b + MAX_X] && py >= d[b + MIN_Y] && py <= d[b + MAX_Y]
                    && top <= maxTop + PartSystem.EPS && top >= bestTop) {
                best = s;
                bestTop = top;
            }
        }
        return best;
    }

    /** Only the velocities change while a world runs. */
    void writeState(StateSink sink) {
        for (int s = 0; s < count; s++) {
            sink.putDouble(vx(s));
            sink.putDouble(vy(s));
        }
    }

    void readState(StateSource src) {
        for (int s = 0; s < count; s++) {
            double velX = src.getDouble();
            double velY = src.getDouble();
            setVelocity(s, velX, velY);
        }
    }
}
