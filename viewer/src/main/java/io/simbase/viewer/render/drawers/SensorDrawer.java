package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A discrete sensor: its body with a lamp that lights when it detects, and for photo eyes the
 * beam along the heading, bright red when interrupted. Range comes from the {@code range
 * _m} property when the layout has it, else {@code defaultRange}.
 */
final class SensorDrawer implements ComponentDrawer {
    private final boolean beam;
    private final float defaultRange;

    SensorDrawer(boolean beam, float defaultRange) {
        this.beam = beam;
        this.defaultRange = defaultRange;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"detected"};
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        boolean on = m.visualLatest(c.visuals[0]) > 0.5f;
        float s = 0.03f;
        p.box(c.x, c.y, c.z - s / 2, s, s, s, c.yaw, 0.15f, 0.16f, 0.18f);
        p.emissive(1);
        if (on) {
            p.box(c.x - c.dirX * s * 0.2f, c.y - c.dirY * s * 0.2f, c.z + s / 2, 0.012f, 0.012f, 0.006f, 0, 1f, 0.75f, 0.1f);
        } else {
            p.box(c.x - c.dirX * s * 0.2f, c.y - c.dirY * s * 0.2f, c.z + s / 2, 0.012f, 0.012f, 0.006f, 0, 0.35f, 0.3f, 0.2f);
        }
        if (beam) {
            float range = c.param;
            float cx = c.x + c.dirX * (s / 2 + range / 2);
            float cy = c.y + c.dirY * (s / 2 + range / 2);
            if (on) {
                p.box(cx, cy, c.z - 0.002f, range, 0.004f, 0.004f, c.yaw, 1f, 0.1f, 0.05f);
            } else {
                p.box(cx, cy, c.z - 0.0015f, range, 0.003f, 0.003f, c.yaw, 0.75f, 0.35f, 0.3f);
            }
        }
        p.emissive(0);
    }

    @Override
    public void prepare(ComponentView c) {
        c.param = c.number("range_m", defaultRange);
        float s = 0.03f;
        c.setBounds(c.x - s, c.y - s, c.z - s, c.x + s, c.y + s, c.z + s);
    }
}
