package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A three-phase motor on its pedestal (the curriculum's motor-control): the body along its
 * heading, a terminal box with a green lamp while powered and a red one when the overload relay
 * has tripped, and a flywheel on top whose spoke turns with the shaft ({@code angle}, radians).
 * The label is the speed and the current.
 */
final class MotorDrawer implements ComponentDrawer {
    private static final int SPEED = 0;
    private static final int CURRENT = 1;
    private static final int TRIPPED = 2;
    private static final int ANGLE = 3;
    private static final int POWERED = 4;

    @Override
    public String[] visualNames() {
        return new String[] {"speed_rpm", "current_a", "tripped", "angle", "powered"};
    }

    @Override
    public void prepare(ComponentView c) {
        float s = size(c);
        c.setBounds(c.x - s / 2, c.y - s / 2, 0, c.x + s / 2, c.y + s / 2, top(c) + 0.1f * s);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float s = size(c);
        float bottom = bottom(c);
        float top = top(c);
        p.box(c.x, c.y, 0, s * 0.7f, s * 0.5f, bottom, c.yaw, 0.3f, 0.32f, 0.35f);
        p.box(c.x, c.y, bottom, s * 0.9f, s * 0.6f, top - bottom, c.yaw, 0.44f, 0.5f, 0.56f);
        float bx = c.x - c.dirX * s * 0.2f;
        float by = c.y - c.dirY * s * 0.2f;
        p.box(bx, by, top, s * 0.25f, s * 0.25f, s * 0.1f, c.yaw, 0.25f, 0.27f, 0.3f);
        boolean powered = m.visualLatest(c.visuals[POWERED]) > 0.5f;
        boolean tripped = m.visualLatest(c.visuals[TRIPPED]) > 0.5f;
        float lampZ = top + s * 0.1f;
        p.emissive(powered ? 1f : 0f);
        p.cylinder(bx - c.dirY * s * 0.06f, by + c.dirX * s * 0.06f, lampZ, s * 0.07f, s * 0.03f,
                powered ? 0.2f : 0.35f, powered ? 0.85f : 0.38f, powered ? 0.3f : 0.35f);
        p.emissive(tripped ? 1f : 0f);
        p.cylinder(bx + c.dirY * s * 0.06f, by - c.dirX * s * 0.06f, lampZ, s * 0.07f, s * 0.03f,
                tripped ? 0.9f : 0.4f, tripped ? 0.12f : 0.3f, tripped ? 0.1f : 0.3f);
        p.emissive(0);
        float fx = c.x + c.dirX * s * 0.2f;
        float fy = c.y + c.dirY * s * 0.2f;
        p.cylinder(fx, fy, top, s * 0.4f, s * 0.03f, 0.2f, 0.22f, 0.25f);
        float angle = (float) Math.toDegrees(m.visual(c.visuals[ANGLE], now));
        p.box(fx, fy, top + s * 0.03f, s * 0.36f, s * 0.05f, s * 0.015f, c.yaw + angle, 0.95f, 0.75f, 0.1f);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[SPEED]), 0).append(" rpm  ");
        Numbers.fixed(out, m.visualLatest(c.visuals[CURRENT]), 1).append(" A");
        return true;
    }

    private static float size(ComponentView c) {
        return c.sizeX > 0 ? c.sizeX : 0.4f;
    }

    /** The body sits with its axis at the scene's height {@code z}. */
    private static float bottom(ComponentView c) {
        return Math.max(0, c.z - 0.3f * size(c));
    }

    private static float top(ComponentView c) {
        return bottom(c) + 0.6f * size(c);
    }
}
