package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A valve on its pipe: the body, and a handle turned by {@code opening} (0 closed, across the
 * pipe; 1 open, along it), green when open. A pump is the same with {@code running}.
 */
final class ValveDrawer implements ComponentDrawer {
    private final String visual;

    ValveDrawer(String visual) {
        this.visual = visual;
    }

    @Override
    public String[] visualNames() {
        return new String[] {visual};
    }

    @Override
    public void prepare(ComponentView c) {
        c.setBounds(c.x - 0.12f, c.y - 0.08f, c.z - 0.06f, c.x + 0.12f, c.y + 0.08f, c.z + 0.1f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float opening = Math.max(0, Math.min(1, m.visual(c.visuals[0], now)));
        p.box(c.x, c.y, c.z - 0.025f, 0.4f, 0.05f, 0.05f, 0, 0.55f, 0.57f, 0.6f);
        p.cylinder(c.x, c.y, c.z - 0.05f, 0.1f, 0.1f, 0.2f, 0.25f, 0.3f);
        p.box(c.x, c.y, c.z + 0.05f, 0.012f, 0.012f, 0.04f, 0, 0.3f, 0.3f, 0.3f);
        p.emissive(0.5f);
        p.box(c.x, c.y, c.z + 0.09f, 0.14f, 0.025f, 0.012f, 90 - 90 * opening,
                0.85f - 0.7f * opening, 0.2f + 0.6f * opening, 0.15f);
        p.emissive(0);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, 100 * m.visualLatest(c.visuals[0]), 0).append('%');
        return true;
    }
}
