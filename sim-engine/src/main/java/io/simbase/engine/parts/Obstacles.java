package io.simbase.engine.parts;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;

/**
 * Kinematic boxes parts cannot pass: pusher plates and rods, stopper pins, guides. Their owners
 * place them every step (position, velocity, present or not); {@link PartSystem} moves parts out
 * of them. Structure of arrays sized at build; stepping thread only; no allocation after build.
 */
final class Obstacles {
    int count;
    final double[] minX;
    final double[] minY;
    final double[] minZ;
    final double[] maxX;
    final double[] maxY;
    final double[] maxZ;
    final double[] vx;
    final double[] vy;
    final boolean[] active;

    Obstacles(int capacity) {
        minX = new double[capacity];
        minY = new double[capacity];
        minZ = new double[capacity];
        maxX = new double[capacity];
        maxY = new double[capacity];
        maxZ = new double[capacity];
        vx = new double[capacity];
        vy = new double[capacity];
        active = new boolean[capacity];
    }

    int add() {
        return count++;
    }

    void set(int o, double x0, double y0, double z0, double x1, double y1, double z1, double velX, double velY,
             boolean present) {
        minX[o] = x0;
        minY[o] = y0;
        minZ[o] = z0;
        maxX[o] = x1;
        maxY[o] = y1;
        maxZ[o] = z1;
        vx[o] = velX;
        vy[o] = velY;
        active[o] = present;
    }

    void writeState(StateSink sink) {
        for (int o = 0; o < count; o++) {
            sink.putBoolean(active[o]);
            sink.putDouble(minX[o]);
            sink.putDouble(minY[o]);
            sink.putDouble(minZ[o]);
            sink.putDouble(maxX[o]);
            sink.putDouble(maxY[o]);
            sink.putDouble(maxZ[o]);
            sink.putDouble(vx[o]);
            sink.putDouble(vy[o]);
        }
    }

    void readState(StateSource src) {
        for (int o = 0; o < count; o++) {
            active[o] = src.getBoolean();
            minX[o] = src.getDouble();
            minY[o] = src.getDouble();
            minZ[o] = src.getDouble();
            maxX[o] = src.getDouble();
            maxY[o] = src.getDouble();
            maxZ[o] = src.getDouble();
            vx[o] = src.getDouble();
            vy[o] = src.getDouble();
        }
    }
}
