package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.Colours;
import io.simbase.viewer.state.PlantMirror;

/**
 * An operator-panel item where the scene puts it: a grey control box on a post with a head in
 * the item's colour (a pilot light glows when its {@code value} is on). Operating it is the
 * overlay's job ({@code io.simbase.viewer.ui.OperatorPanel}).
 */
final class PanelItemDrawer implements ComponentDrawer {
    private final boolean light;
    private final float[] defaultColour;

    PanelItemDrawer(boolean light, float[] defaultColour) {
        this.light = light;
        this.defaultColour = defaultColour;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"value"};
    }

    @Override
    public void prepare(ComponentView c) {
        c.setBounds(c.x - 0.04f, c.y - 0.04f, 0, c.x + 0.04f, c.y + 0.04f, c.z + 0.06f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float[] rgb = light ? colourOf(c) : defaultColour;
        p.box(c.x, c.y, 0, 0.04f, 0.04f, c.z - 0.04f, 0, 0.3f, 0.32f, 0.35f);
        p.box(c.x, c.y, c.z - 0.04f, 0.07f, 0.07f, 0.05f, 0, 0.75f, 0.76f, 0.78f);
        boolean lit = light && m.visualLatest(c.visuals[0]) > 0.5f;
        p.emissive(lit ? 1f : 0f);
        float k = light && !lit ? 0.35f : 1f;
        p.cylinder(c.x, c.y, c.z + 0.01f, 0.04f, 0.02f, rgb[0] * k, rgb[1] * k, rgb[2] * k);
        p.emissive(0);
    }

    private float[] colourOf(ComponentView c) {
        if (c.colour == null) {
            c.colour = Colours.of(c.property("colour", "green"), 4);
        }
        return c.colour;
    }
}
