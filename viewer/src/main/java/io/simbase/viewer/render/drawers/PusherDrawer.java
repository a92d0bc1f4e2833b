package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** A pneumatic pusher: cylinder body behind the plate, rod and plate moved by {@code extension_m}. */
final class PusherDrawer implements ComponentDrawer {
    private static final float BODY = 0.16f;

    @Override
    public String[] visualNames() {
        return new String[] {"extension_m"};
    }

    @Override
    public void prepare(ComponentView c) {
        c.param = c.number("stroke_m", 0.3f);
        float reachBack = BODY + 0.02f;
        float x0 = Math.min(c.x - c.dirX * reachBack, c.x + c.dirX * c.param);
        float x1 = Math.max(c.x - c.dirX * reachBack, c.x + c.dirX * c.param);
        float y0 = Math.min(c.y - c.dirY * reachBack, c.y + c.dirY * c.param);
        float y1 = Math.max(c.y - c.dirY * reachBack, c.y + c.dirY * c.param);
        float half = c.sizeY / 2;
        c.setBounds(x0 - Math.abs(c.dirY) * half, y0 - Math.abs(c.dirX) * half, c.z,
                x1 + Math.abs(c.dirY) * half, y1 + Math.abs(c.dirX) * half, c.z + c.sizeZ);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float ext = m.visual(c.visuals[0], now);
        float mid = c.z + c.sizeZ / 2;
        float bx = c.x - c.dirX * (0.02f + BODY / 2);
        float by = c.y - c.dirY * (0.02f + BODY / 2);
        p.box(bx, by, mid - 0.025f, BODY, 0.05f, 0.05f, c.yaw, 0.7f, 0.72f, 0.75f);
        float rodLen = 0.02f + ext;
        float rx = c.x + c.dirX * (ext - rodLen / 2);
        float ry = c.y + c.dirY * (ext - rodLen / 2);
        p.box(rx, ry, mid - 0.006f, rodLen, 0.012f, 0.012f, c.yaw, 0.85f, 0.86f, 0.88f);
        p.box(c.x + c.dirX * ext, c.y + c.dirY * ext, c.z, c.sizeX, c.sizeY, c.sizeZ, c.yaw, 0.12f, 0.44f, 0.7f);
    }
}
