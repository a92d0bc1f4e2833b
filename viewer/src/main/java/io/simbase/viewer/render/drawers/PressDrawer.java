package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * The processing station's press: a C-frame over the belt, the cylinder on its head and the ram
 * lowered by {@code ram_m} from its top at the component's z; a green lamp on the head while the
 * part under it is processed.
 */
final class PressDrawer implements ComponentDrawer {
    private static final float HEAD = 0.12f;
    private static final float RAM = 0.035f;

    @Override
    public String[] visualNames() {
        return new String[] {"ram_m", "part_processed"};
    }

    @Override
    public void prepare(ComponentView c) {
        c.param = c.number("stroke_m", 0.05f);
        c.setBounds(c.x - 0.08f, c.y - 0.16f, 0, c.x + 0.08f, c.y + 0.08f, c.z + HEAD + 0.08f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float ram = m.visual(c.visuals[0], now);
        float top = c.z + HEAD;
        p.box(c.x, c.y - 0.13f, 0, 0.06f, 0.04f, top + 0.04f, 0, 0.35f, 0.38f, 0.42f);
        p.box(c.x, c.y - 0.06f, top, 0.1f, 0.18f, 0.04f, 0, 0.35f, 0.38f, 0.42f);
        p.cylinder(c.x, c.y, top + 0.04f, 0.06f, 0.06f, 0.72f, 0.74f, 0.78f);
        p.cylinder(c.x, c.y, c.z - ram, RAM, HEAD + ram, 0.85f, 0.86f, 0.88f);
        boolean processed = m.visualLatest(c.visuals[1]) > 0.5f;
        p.emissive(processed ? 1f : 0f);
        float k = processed ? 1f : 0.3f;
        p.cylinder(c.x + 0.035f, c.y - 0.12f, top + 0.04f, 0.02f, 0.01f, 0.2f * k, 0.8f * k, 0.3f * k);
        p.emissive(0);
    }
}
