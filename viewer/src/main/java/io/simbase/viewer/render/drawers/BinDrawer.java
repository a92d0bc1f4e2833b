package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** A remover drawn as a bin on the floor, its count shown beside it. */
final class BinDrawer implements ComponentDrawer {
    private static final float HEIGHT = 0.22f;

    @Override
    public String[] visualNames() {
        return new String[] {"count"};
    }

    @Override
    public void prepare(ComponentView c) {
        float w = Math.max(c.extentX(), 0.16f);
        float d = Math.max(c.extentY(), 0.16f);
        c.setBounds(c.x - w / 2, c.y - d / 2, 0, c.x + w / 2, c.y + d / 2, HEIGHT);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float w = c.bounds[3] - c.bounds[0];
        float d = c.bounds[4] - c.bounds[1];
        float r = 0.16f;
        float g = 0.42f;
        float b = 0.78f;
        p.box(c.x, c.y, 0, w, d, 0.02f, 0, r, g, b);
        p.box(c.x - w / 2, c.y, 0, 0.015f, d, HEIGHT, 0, r, g, b);
        p.box(c.x + w / 2, c.y, 0, 0.015f, d, HEIGHT, 0, r, g, b);
        p.box(c.x, c.y - d / 2, 0, w, 0.015f, HEIGHT, 0, r, g, b);
        p.box(c.x, c.y + d / 2, 0, w, 0.015f, HEIGHT, 0, r, g, b);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[0]), 0);
        return true;
    }
}
