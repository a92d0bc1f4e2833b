package io.simbase.engine.parts;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import java.util.Arrays;

/**
 * The surfaces parts rest on: rectangles at a height, each with a friction coefficient and a
 * settable transport velocity (a belt's speed times its heading, a chute's slide). A
 * <em>moving</em> surface (a turntable, a lift table) may also turn about the centre of its
 * rectangle at an angular velocity and move its top up and down; its extra state is in a
 * separate array, read only while the plant has moving surfaces, so static plants pay nothing
 * for it.
 *
 * <p>Layout: one array, {@value #STRIDE} doubles (one cache line's worth) per surface, so that
 * a support query and the friction that follows touch one line per surface rather than one per
 * field; a world's step usually comes after hundreds of other worlds' steps, when nothing of it
 * is in the near caches. Package-private accessors are read by {@link PartSystem}'s step.
 * Capacity grows while components register surfaces at build. Stepping thread only; no
 * allocation after build.
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
    // Motion of moving surfaces, MOTION_STRIDE doubles each.
    private static final int CX = 0;
    private static final int CY = 1;
    private static final int OMEGA = 2;
    /** How far the top moved this step, metres: parts within it keep their support. */
    private static final int REACH = 3;
    private static final int MOTION_STRIDE = 4;

    int count;
    /** Number of moving surfaces; 0 keeps the step on the static path. */
    int moving;
    private double[] data;
    private double[] motion;
    private boolean[] isMoving;

    Surfaces(int initialCapacity) {
        int n = Math.max(1, initialCapacity);
        data = new double[n * STRIDE];
        motion = new double[n * MOTION_STRIDE];
        isMoving = new boolean[n];
    }

    /** Adds a moving surface; see {@link #add}. */
    int addMoving(double x0, double y0, double x1, double y1, double topZ, double frictionMu) {
        int s = add(x0, y0, x1, y1, topZ, frictionMu);
        isMoving[s] = true;
        motion[s * MOTION_STRIDE + CX] = (x0 + x1) / 2;
        motion[s * MOTION_STRIDE + CY] = (y0 + y1) / 2;
        moving++;
        return s;
    }

    int add(double x0, double y0, double x1, double y1, double topZ, double frictionMu) {
        if (count == isMoving.length) {
            int n = 2 * count;
            data = Arrays.copyOf(data, n * STRIDE);
            motion = Arrays.copyOf(motion, n * MOTION_STRIDE);
            isMoving = Arrays.copyOf(isMoving, n);
        }
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

    boolean isMoving(int s) {
        return isMoving[s];
    }

    double centreX(int s) {
        return motion[s * MOTION_STRIDE + CX];
    }

    double centreY(int s) {
        return motion[s * MOTION_STRIDE + CY];
    }

    double omega(int s) {
        return motion[s * MOTION_STRIDE + OMEGA];
    }

    /** How far a moving surface's top moved this step, metres (0 for static ones). */
    double reach(int s) {
        return motion[s * MOTION_STRIDE + REACH];
    }

    void setOmega(int s, double omegaRadPerS) {
        checkMoving(s);
        motion[s * MOTION_STRIDE + OMEGA] = omegaRadPerS;
    }

    void setTop(int s, double topZ) {
        checkMoving(s);
        motion[s * MOTION_STRIDE + REACH] = Math.abs(topZ - data[s * STRIDE + TOP]);
        data[s * STRIDE + TOP] = topZ;
    }

    private void checkMoving(int s) {
        if (!isMoving[s]) {
            throw new IllegalStateException("surface " + s + " was not added as a moving surface");
        }
    }

    /**
     * The highest surface whose rectangle contains the point and whose top is at or below
     * {@code maxTop} (within {@link PartSystem#EPS}), or -1; on equal tops the one added later
     * wins (a diverter over its belt).
     */
    int supportAt(double px, double py, double maxTop) {
        if (moving != 0) {
            return supportAtWithMoving(px, py, maxTop);
        }
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

    /**
     * {@link #supportAt} while some surfaces move: a moving surface also supports a part whose
     * base it passed this step (a lift table rising by up to its reach).
     */
    private int supportAtWithMoving(double px, double py, double maxTop) {
        int best = -1;
        double bestTop = Double.NEGATIVE_INFINITY;
        double[] d = data;
        for (int s = 0, b = 0; s < count; s++, b += STRIDE) {
            double top = d[b + TOP];
            double catchTop = isMoving[s] ? top - motion[s * MOTION_STRIDE + REACH] : top;
            if (px >= d[b + MIN_X] && px <= d[b + MAX_X] && py >= d[b + MIN_Y] && py <= d[b + MAX_Y]
                    && catchTop <= maxTop + PartSystem.EPS && top >= bestTop) {
                best = s;
                bestTop = top;
            }
        }
        return best;
    }

    /**
     * The velocities change while a world runs, and a moving surface's turn rate, top and
     * reach (written for moving surfaces only, so that plants without them keep their hashes).
     */
    void writeState(StateSink sink) {
        for (int s = 0; s < count; s++) {
            sink.putDouble(vx(s));
            sink.putDouble(vy(s));
            if (isMoving[s]) {
                sink.putDouble(omega(s));
                sink.putDouble(top(s));
                sink.putDouble(reach(s));
            }
        }
    }

    void readState(StateSource src) {
        for (int s = 0; s < count; s++) {
            double velX = src.getDouble();
            double velY = src.getDouble();
            setVelocity(s, velX, velY);
            if (isMoving[s]) {
                motion[s * MOTION_STRIDE + OMEGA] = src.getDouble();
                data[s * STRIDE + TOP] = src.getDouble();
                motion[s * MOTION_STRIDE + REACH] = src.getDouble();
            }
        }
    }
}
