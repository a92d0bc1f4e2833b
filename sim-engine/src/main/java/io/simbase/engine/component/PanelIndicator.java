package io.simbase.engine.component;

import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;
import java.util.Map;

/** A pilot light (bool actuator) or numeric display (int or real actuator) on the panel. */
public final class PanelIndicator extends Component {
    private final int tag;
    private final String label;
    private final String colour;
    private double shown;

    public PanelIndicator(String id, Geometry g, boolean light, int tag, String label, String colour) {
        super(id, light ? "light" : "display", g);
        this.tag = tag;
        this.label = label;
        this.colour = colour;
    }

    @Override
    protected void actuate(World w) {
        shown = w.io().get(tag);
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
    public Map<String, String> properties() {
        return Map.of("label", label, "colour", colour);
    }
}
