package io.simbase.engine.parts;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import java.util.Arrays;

/**
 * Kinematic boxes parts cannot pass: pusher plates and rods, stopper pins, guides. Their owners
 * place them every step (position, velocity, present or not); {@link PartSystem} moves parts out
 * of them.
 *
 * <p>Layout: the box and velocity of an obstacle are {@value #STRIDE} consecutive doubles (one
 * cache line's worth) of one array, so placing an obstacle and testing parts against it touch
 * one line rather than one per field (see {@link Surfaces}); presence is a separate flag array.
 * Capacity grows while components register obstacles at build. Stepping thread only; no
 * allocation after build.
 */
final class Obstacles {
    private static final int MIN_X = 0;
    private static final int MIN_Y = 1;
    private static final int MIN_Z = 2;
    private static final int MAX_X = 3;
    private static final int MAX_Y = 4;
    private static final int MAX_Z = 5;
    private static final int VX = 6;
    private static final int VY = 7;
    /** Doubles per obstacle. */
    static final int STRIDE = 8;

    int count;
    private double[] data;
    boolean[] active;

    Obstacles(int initialCapacity) {
        int n = Math.max(1, initialCapacity);
        data = new double[n * STRIDE];
        active = new boolean[n];
    }

    int add() {
        if (count == active.length) {
            data = Arrays.copyOf(data, 2 * count * STRIDE);
            active = Arrays.copyOf(active, 2 * count);
        }
        return count++;
    }

    void set(int o, double x0, double y0, double z0, double x1, double y1, double z1, double velX, double velY,
             boolean present) {
        int b = o * STRIDE;
        data[b + MIN_X] = x0;
        data[b + MIN_Y] = y0;
        data[b + MIN_Z] = z0;
        data[b + MAX_X] = x1;
        data[b + MAX_Y] = y1;
        data[b + MAX_Z] = z1;
        data[b + VX] = velX;
        data[b + VY] = velY;
        active[o] = present;
    }

    double minX(int o) {
        return data[o * STRIDE + MIN_X];
    }

    double minY(int o) {
        return data[o * STRIDE + MIN_Y];
    }

    double minZ(int o) {
        return data[o * STRIDE + MIN_Z];
    }

    double maxX(int o) {
        return data[o * STRIDE + MAX_X];
    }

    double maxY(int o) {
        return data[o * STRIDE + MAX_Y];
    }

    double maxZ(int o) {
        return data[o * STRIDE + MAX_Z];
    }

    double vx(int o) {
        return data[o * STRIDE + VX];
    }

    double vy(int o) {
        return data[o * STRIDE + VY];
    }

    void writeState(StateSink sink) {
        for (int o = 0; o < count; o++) {
            sink.putBoolean(active[o]);
            sink.putDouble(minX(o));
            sink.putDouble(minY(o));
            sink.putDouble(minZ(o));
            sink.putDouble(maxX(o));
            sink.putDouble(maxY(o));
            sink.putDouble(maxZ(o));
            sink.putDouble(vx(o));
            sink.putDouble(vy(o));
        }
    }

    void readState(StateSource src) {
        for (int o = 0; o < count; o++) {
            boolean present = src.getBoolean();
            double x0 = src.getDouble();
            double y0 = src.getDouble();
            double z0 = src.getDouble();
            double x1 = src.getDouble();
            double y1 = src.getDouble();
            double z1 = src.getDouble();
            double velX = src.getDouble();
            double velY = src.getDouble();
            set(o, x0, y0, z0, x1, y1, z1, velX, velY, present);
        }
    }
}
