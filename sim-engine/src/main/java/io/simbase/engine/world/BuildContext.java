package io.simbase.engine.world;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.parts.PartSystem;

/**
 * What a component may do once, when its world is built: register the surfaces and obstacles
 * it will move, find the components it works with, read the tag layout, set an operator
 * control's initial value. Building thread only; may allocate.
 */
public final class BuildContext implements ObstaclePlacer {
    private final World world;
    private final PartSystem parts;

    BuildContext(World world) {
        this.world = world;
        this.parts = world.parts();
    }

    /** Length of one step, seconds. */
    public double dtSeconds() {
        return world.dtSeconds();
    }

    public IoLayout layout() {
        return world.layout();
    }

    /** The component of this id, or null. The scene loader has checked references' types. */
    public Component component(String id) {
        return world.component(id);
    }

    /** Adds a static surface (a velocity may be set); returns its handle. */
    public int addSurface(double minX, double minY, double maxX, double maxY, double top, double mu) {
        return parts.addSurface(minX, minY, maxX, maxY, top, mu);
    }

    /**
     * Adds a surface that may also turn about the centre of its rectangle and move up and
     * down ({@link ActuateContext#setSurfaceRotation}, {@link ActuateContext#setSurfaceTop});
     * returns its handle.
     */
    public int addMovingSurface(double minX, double minY, double maxX, double maxY, double top, double mu) {
        return parts.addMovingSurface(minX, minY, maxX, maxY, top, mu);
    }

    /** Sets a surface's transport velocity, m/s. */
    public void setSurfaceVelocity(int surface, double velX, double velY) {
        parts.setSurfaceVelocity(surface, velX, velY);
    }

    /** Top of the highest surface under the point at or below {@code maxTop}, or 0. */
    public double surfaceTopAt(double x, double y, double maxTop) {
        return parts.surfaceTopAt(x, y, maxTop);
    }

    /** Adds an obstacle, inactive until placed; returns its handle. */
    public int addObstacle() {
        return parts.addObstacle();
    }

    @Override
    public void setObstacle(int obstacle, double minX, double minY, double minZ, double maxX, double maxY,
                            double maxZ, double velX, double velY, boolean active) {
        parts.setObstacle(obstacle, minX, minY, minZ, maxX, maxY, maxZ, velX, velY, active);
    }

    /** Sets an operator control's value as an operator input would (a selector's start position). */
    public void setOperatorValue(int tag, double value) {
        world.setInput(tag, value);
    }
}
