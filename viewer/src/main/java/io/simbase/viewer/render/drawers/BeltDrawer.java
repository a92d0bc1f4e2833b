package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** A conveyor: steel frame on legs, a rubber surface whose slats move with the belt's travel. */
final class BeltDrawer implements ComponentDrawer {
    private static final float SLAT_PERIOD = 0.08f;

    @Override
    public String[] visualNames() {
        return new String[] {"travel_m"};
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float top = c.sizeZ;
        float len = c.sizeX;
        float w = c.sizeY;
        p.box(c.x, c.y, top - 0.09f, len, w + 0.04f, 0.075f, c.yaw, 0.45f, 0.48f, 0.52f);
        for (int end = -1; end <= 1; end += 2) {
            float ex = c.x + c.dirX * end * (len / 2 - 0.04f);
            float ey = c.y + c.dirY * end * (len / 2 - 0.04f);
            for (int side = -1; side <= 1; side += 2) {
                float lx = ex - c.dirY * side * (w / 2 + 0.005f);
                float ly = ey + c.dirX * side * (w / 2 + 0.005f);
                p.box(lx, ly, 0, 0.04f, 0.04f, top - 0.09f, c.yaw, 0.35f, 0.37f, 0.4f);
            }
        }
        float travel = m.visual(c.visuals[0], now);
        p.slats(len, travel, SLAT_PERIOD);
        p.box(c.x, c.y, top - 0.016f, len, w, 0.016f, c.yaw, 0.2f, 0.21f, 0.23f);
        p.plain();
    }
}
