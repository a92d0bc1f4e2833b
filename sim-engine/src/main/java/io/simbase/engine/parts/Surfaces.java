package io.simbase.engine.parts;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;

/**
 * The surfaces parts rest on: static rectangles at a height, each with a friction coefficient
 * and a settable transport velocity (a belt's speed times its heading, a chute's slide).
 * Structure of arrays sized at build; package-private fields are read by {@link PartSystem}'s
 * step. Stepping thread only; no allocation after build.
 */
final class Surfaces {
    int count;
    final double[] minX;
    final double[] minY;
    final double[] maxX;
    final double[] maxY;
    final double[] top;
    final double[] mu;
    final double[] vx;
    final double[] vy;

    Surfaces(int capacity) {
        minX = new double[capacity];
        minY = new double[capacity];
        maxX = new double[capacity];
        maxY = new double[capacity];
        top = new double[capacity];
        mu = new double[capacity];
        vx = new double[capacity];
        vy = new double[capacity];
    }

    int add(double x0, double y0, double x1, double y1, double topZ, double frictionMu) {
        int s = count++;
        minX[s] = x0;
        minY[s] = y0;
        maxX[s] = x1;
        maxY[s] = y1;
        top[s] = topZ;
        mu[s] = frictionMu;
        return s;
    }

    /**
     * The highest surface whose rectangle contains the point and whose top is at or below
     * {@code maxTop} (within {@link PartSystem#EPS}), or -1; on equal tops the one added later
     * wins (a diverter over its belt).
     */
    int supportAt(double px, double py, double maxTop) {
        int best = -1;
        double bestTop = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < count; s++) {
            if (px >= minX[s] && px <= maxX[s] && py >= minY[s] && py <= maxY[s]
                    && top[s] <= maxTop + PartSystem.EPS && top[s] >= bestTop) {
                best = s;
                bestTop = top[s];
            }
        }
        return best;
    }

    /** Only the velocities change while a world runs. */
    void writeState(StateSink sink) {
        for (int s = 0; s < count; s++) {
            sink.putDouble(vx[s]);
            sink.putDouble(vy[s]);
        }
    }

    void readState(StateSource src) {
        for (int s = 0; s < count; s++) {
            vx[s] = src.getDouble();
            vy[s] = src.getDouble();
        }
    }
}
