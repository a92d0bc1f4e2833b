package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A tank: the water column up to {@code level_m} inside a cut-away steel shell (the front half
 * of the wall is left out so the level stays visible from the operator's side), base and rim.
 */
final class TankDrawer implements ComponentDrawer {
    private static final int STAVES = 14;

    @Override
    public String[] visualNames() {
        return new String[] {"level_m"};
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float d = c.sizeX;
        float h = c.sizeZ;
        float level = Math.max(0, Math.min(h, m.visual(c.visuals[0], now)));
        p.cylinder(c.x, c.y, 0, d * 1.04f, 0.05f, 0.4f, 0.42f, 0.45f);
        if (level > 0.001f) {
            p.cylinder(c.x, c.y, 0.05f, d * 0.97f, level, 0.2f, 0.5f, 0.9f);
        }
        // The back half of the wall as staves, plus two rims: a tank one can look into.
        float staveWidth = (float) (Math.PI * d / (2 * STAVES)) * 1.05f;
        for (int i = 0; i < STAVES; i++) {
            double a = Math.PI * (i + 0.5) / STAVES; // 0..pi: the side away from the operator (+y)
            float sx = c.x + (float) Math.cos(a) * d / 2;
            float sy = c.y + (float) Math.sin(a) * d / 2;
            p.box(sx, sy, 0.05f, 0.01f, staveWidth, h, (float) Math.toDegrees(a), 0.62f, 0.66f, 0.7f);
        }
        for (int i = 0; i < 2 * STAVES; i++) {
            double a = Math.PI * (i + 0.5) / STAVES;
            float sx = c.x + (float) Math.cos(a) * d / 2;
            float sy = c.y + (float) Math.sin(a) * d / 2;
            p.box(sx, sy, h + 0.02f, 0.02f, staveWidth, 0.03f, (float) Math.toDegrees(a), 0.5f, 0.53f, 0.57f);
            if (i >= STAVES) {
                p.box(sx, sy, 0.05f, 0.02f, staveWidth, 0.04f, (float) Math.toDegrees(a), 0.5f, 0.53f, 0.57f);
            }
        }
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[0]), 2).append(" m");
        return true;
    }
}
