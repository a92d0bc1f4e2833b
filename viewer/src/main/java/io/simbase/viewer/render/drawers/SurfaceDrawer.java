package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** A chute (with side walls) or a table: a steel slab at its height on two legs. */
final class SurfaceDrawer implements ComponentDrawer {
    private final boolean walls;

    SurfaceDrawer(boolean walls) {
        this.walls = walls;
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float top = Math.max(c.sizeZ, 0.02f);
        p.box(c.x, c.y, top - 0.02f, c.sizeX, c.sizeY, 0.02f, c.yaw, 0.72f, 0.74f, 0.76f);
        if (walls) {
            for (int side = -1; side <= 1; side += 2) {
                float wx = c.x - c.dirY * side * c.sizeY / 2;
                float wy = c.y + c.dirX * side * c.sizeY / 2;
                p.box(wx, wy, top - 0.02f, c.sizeX, 0.012f, 0.06f, c.yaw, 0.6f, 0.62f, 0.65f);
            }
        }
        float leg = top - 0.02f;
        if (leg > 0.02f) {
            p.box(c.x, c.y, 0, 0.04f, c.sizeY * 0.6f, leg, c.yaw, 0.35f, 0.37f, 0.4f);
        }
    }
}
