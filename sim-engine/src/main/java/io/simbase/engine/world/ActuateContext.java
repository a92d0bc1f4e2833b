package io.simbase.engine.world;

import io.simbase.engine.io.IoImage;
import io.simbase.engine.parts.PartSystem;

/**
 * What a component may do in the actuate phase: read effective tag values (the commands after
 * faults and forces) and move the surfaces and obstacles it registered at build. It cannot
 * write tags, create or remove parts.
 *
 * <p>One per world, owned by the stepping thread; every method allocates nothing.
 */
public final class ActuateContext implements ObstaclePlacer {
    private final World world;
    private final IoImage io;
    private final PartSystem parts;

    ActuateContext(World world) {
        this.world = world;
        this.io = world.io();
        this.parts = world.parts();
    }

    /** Length of one step, seconds. */
    public double dtSeconds() {
        return world.dtSeconds();
    }

    /** A tag's effective value. */
    public double get(int tag) {
        return io.get(tag);
    }

    /** A bool tag's effective value. */
    public boolean getBool(int tag) {
        return io.getBool(tag);
    }

    /** Sets a surface's transport velocity, m/s. */
    public void setSurfaceVelocity(int surface, double velX, double velY) {
        parts.setSurfaceVelocity(surface, velX, velY);
    }

    /** Turns a moving surface about its centre at {@code omega} rad/s (counter-clockwise). */
    public void setSurfaceRotation(int surface, double omegaRadPerS) {
        parts.setSurfaceRotation(surface, omegaRadPerS);
    }

    /** Moves a moving surface's top to {@code topZ} (metres) for this step. */
    public void setSurfaceTop(int surface, double topZ) {
        parts.setSurfaceTop(surface, topZ);
    }

    @Override
    public void setObstacle(int obstacle, double minX, double minY, double minZ, double maxX, double maxY,
                            double maxZ, double velX, double velY, boolean active) {
        parts.setObstacle(obstacle, minX, minY, minZ, maxX, maxY, maxZ, velX, velY, active);
    }
}
