package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.ActuateContext;
import io.simbase.engine.world.ActuatePhase;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import java.util.Map;

/** A pilot light (bool actuator) or numeric display (int or real actuator) on the panel. */
public final class PanelIndicator extends Component implements ActuatePhase {
    /** The scene-file type {@code light}. */
    public static final ComponentType LIGHT = ComponentType.builder("light", "a pilot light on the panel")
            .optionalAt("")
            .tag("tag", true, Direction.ACTUATOR, "", TagType.BOOL)
            .text("label", null, "")
            .text("label_zh", "", "the label in Chinese (optional)")
            .text("colour", "green", "")
            .factory(c -> new PanelIndicator(c.id(), Placement.small(c, 0.04), true, c.tag("tag"), c.text("label"),
                    c.text("colour"), c.text("label_zh")))
            .build();
    /** The scene-file type {@code display}. */
    public static final ComponentType DISPLAY = ComponentType.builder("display", "a numeric display on the panel")
            .optionalAt("")
            .tag("tag", true, Direction.ACTUATOR, "int or real")
            .text("label", null, "")
            .text("label_zh", "", "the label in Chinese (optional)")
            .text("colour", "white", "")
            .factory(c -> new PanelIndicator(c.id(), Placement.small(c, 0.04), false, c.tag("tag"), c.text("label"),
                    c.text("colour"), c.text("label_zh")))
            .build();

    private final int tag;
    private final String label;
    private final String colour;
    private final String labelZh;
    private double shown;

    public PanelIndicator(String id, Geometry g, boolean light, int tag, String label, String colour) {
        this(id, g, light, tag, label, colour, "");
    }

    /** With the label in Chinese too ({@code labelZh}, empty when none). */
    public PanelIndicator(String id, Geometry g, boolean light, int tag, String label, String colour, String labelZh) {
        super(id, light ? "light" : "display", g);
        this.tag = tag;
        this.label = label;
        this.colour = colour;
        this.labelZh = labelZh == null ? "" : labelZh;
    }

    @Override
    public void actuate(ActuateContext w) {
        shown = w.get(tag);
    }

    @Override
    public String[] visualNames() {
        return new String[] {"value"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = shown;
    }

    @Override
    protected Map<String, String> staticProperties() {
        return labelZh.isEmpty() ? Map.of("label", label, "colour", colour)
                : Map.of("label", label, "colour", colour, "label_zh", labelZh);
    }
}
