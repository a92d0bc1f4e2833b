package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A heater (a vessel's heating jacket): a stack of coil turns that glow from grey at
 * {@value #COLD_C} degrees Celsius to red at {@value #HOT_C} and above ({@code temperature_c}).
 * The label is the temperature.
 */
final class HeaterDrawer implements ComponentDrawer {
    private static final float COLD_C = 20;
    private static final float HOT_C = 80;
    private static final int TURNS = 4;

    @Override
    public String[] visualNames() {
        return new String[] {"temperature_c"};
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float s = c.sizeX > 0 ? c.sizeX : 0.1f;
        float h = Math.max(0, Math.min(1, (m.visual(c.visuals[0], now) - COLD_C) / (HOT_C - COLD_C)));
        p.emissive(0.8f * h);
        for (int k = 0; k < TURNS; k++) {
            p.cylinder(c.x, c.y, c.z + k * s / TURNS, s, s / (2 * TURNS), 0.45f + 0.5f * h, 0.45f - 0.3f * h,
                    0.47f - 0.4f * h);
        }
        p.emissive(0);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[0]), 1).append(" C");
        return true;
    }
}
