package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** Any other component: its oriented box in one colour (guides, gauges, emitters, meters). */
final class BoxDrawer implements ComponentDrawer {
    private final float r;
    private final float g;
    private final float b;

    BoxDrawer(float r, float g, float b) {
        this.r = r;
        this.g = g;
        this.b = b;
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        p.box(c.x, c.y, c.z, Math.max(c.sizeX, 0.01f), Math.max(c.sizeY, 0.01f), Math.max(c.sizeZ, 0.01f), c.yaw, r, g, b);
    }
}
