package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/** A component with no body of its own (an emitter: its parts appear on the belt). */
final class EmptyDrawer implements ComponentDrawer {
    @Override
    public void prepare(ComponentView c) {
        c.setBounds(0, 0, 0, 0, 0, 0);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
    }
}
