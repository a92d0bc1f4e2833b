package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** A stopper: a red block that rises by {@code raised} (0..1) of its height through the belt. */
final class StopperDrawer implements ComponentDrawer {
    @Override
    public String[] visualNames() {
        return new String[] {"raised"};
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float raised = Math.max(0, Math.min(1, m.visual(c.visuals[0], now)));
        p.box(c.x, c.y, c.z - c.sizeZ * (1 - raised), c.sizeX, c.sizeY, c.sizeZ, c.yaw, 0.75f, 0.15f, 0.12f);
    }
}
