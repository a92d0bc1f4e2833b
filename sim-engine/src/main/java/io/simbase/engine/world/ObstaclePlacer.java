package io.simbase.engine.world;

/**
 * Places an obstacle: what both the build and the actuate phase may do, so that a component
 * places its obstacles with one method in either. Allocates nothing.
 */
public interface ObstaclePlacer {
    /** Places an obstacle and sets its velocity (m/s) and whether it is present. */
    void setObstacle(int obstacle, double minX, double minY, double minZ, double maxX, double maxY,
                     double maxZ, double velX, double velY, boolean active);
}
