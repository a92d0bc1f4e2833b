package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** A signal tower: a post with green, yellow and red lamps stacked on it, each glowing while on. */
final class TowerLightDrawer implements ComponentDrawer {
    private static final float POST = 0.3f;
    private static final float LAMP = 0.05f;
    private static final float[][] RGB = {{0.95f, 0.12f, 0.12f}, {1f, 0.84f, 0f}, {0.12f, 0.75f, 0.12f}};

    @Override
    public String[] visualNames() {
        return new String[] {"red", "yellow", "green"};
    }

    @Override
    public void prepare(ComponentView c) {
        c.setBounds(c.x - 0.04f, c.y - 0.04f, c.z, c.x + 0.04f, c.y + 0.04f, c.z + POST + 3 * LAMP);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        p.cylinder(c.x, c.y, c.z, 0.02f, POST, 0.3f, 0.32f, 0.35f);
        for (int i = 0; i < 3; i++) {
            boolean lit = m.visualLatest(c.visuals[i]) > 0.5f;
            float k = lit ? 1f : 0.3f;
            p.emissive(lit ? 1f : 0f);
            p.cylinder(c.x, c.y, c.z + POST + (2 - i) * LAMP, 0.05f, LAMP - 0.004f,
                    RGB[i][0] * k, RGB[i][1] * k, RGB[i][2] * k);
        }
        p.emissive(0);
    }
}
