package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** A diverter section: a roller deck that lifts (and turns purple-bright) when {@code up}. */
final class DiverterDrawer implements ComponentDrawer {
    @Override
    public String[] visualNames() {
        return new String[] {"up"};
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float up = Math.max(0, Math.min(1, m.visual(c.visuals[0], now)));
        float lift = 0.012f * up;
        p.box(c.x, c.y, c.z + lift, c.sizeX, c.sizeY, 0.01f, c.yaw, 0.45f + 0.2f * up, 0.3f, 0.7f + 0.2f * up);
    }
}
