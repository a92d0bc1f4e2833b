package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * The feed station's magazine: a tube standing {@code stroke_m} back from the landing spot with
 * its stack of parts ({@code left}, up to the tube's height), and the push plate moved out by
 * {@code extension_m}, the cylinder body behind it.
 */
final class MagazineDrawer implements ComponentDrawer {
    private static final float TUBE = 0.05f;
    private static final float TUBE_HEIGHT = 0.24f;
    private static final float PART = 0.03f;

    @Override
    public String[] visualNames() {
        return new String[] {"extension_m", "left"};
    }

    @Override
    public void prepare(ComponentView c) {
        c.param = c.number("stroke_m", 0.12f);
        float tx = c.x - c.dirX * c.param;
        float ty = c.y - c.dirY * c.param;
        c.setBounds(Math.min(tx, c.x) - TUBE, Math.min(ty, c.y) - TUBE, c.z,
                Math.max(tx, c.x) + TUBE, Math.max(ty, c.y) + TUBE, c.z + TUBE_HEIGHT);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float ext = m.visual(c.visuals[0], now);
        float left = m.visualLatest(c.visuals[1]);
        float tx = c.x - c.dirX * c.param;
        float ty = c.y - c.dirY * c.param;
        float bx = tx - c.dirX * 0.12f;
        float by = ty - c.dirY * 0.12f;
        p.box(bx, by, c.z + 0.005f, 0.16f, 0.04f, 0.03f, c.yaw, 0.7f, 0.72f, 0.75f);
        float stack = Math.min(left, (TUBE_HEIGHT - 0.01f) / PART) * PART;
        if (stack > 0) {
            p.cylinder(tx, ty, c.z, PART + 0.01f, stack, 0.55f, 0.55f, 0.58f);
        }
        p.cylinder(tx, ty, c.z + stack, TUBE, TUBE_HEIGHT - stack, 0.82f, 0.86f, 0.9f);
        float px = tx + c.dirX * (ext - TUBE / 2);
        float py = ty + c.dirY * (ext - TUBE / 2);
        p.box(px, py, c.z + 0.002f, 0.01f, TUBE, PART, c.yaw, 0.12f, 0.44f, 0.7f);
    }
}
