package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.ActuateContext;
import io.simbase.engine.world.ActuatePhase;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;

/**
 * A signal tower on the machine: red over yellow over green lamps, each lit while its bool
 * actuator is on (a flashing lamp is the program's to flash). Called on the simulation thread
 * only; allocates nothing.
 */
public final class TowerLight extends Component implements ActuatePhase {
    /** The scene-file type {@code tower_light}. */
    public static final ComponentType TYPE = ComponentType.builder("tower_light",
                    "a signal tower: red, yellow and green lamps")
            .at(3, "the tower's foot")
            .tag("red", true, Direction.ACTUATOR, "red lamp", TagType.BOOL)
            .tag("yellow", true, Direction.ACTUATOR, "yellow lamp", TagType.BOOL)
            .tag("green", true, Direction.ACTUATOR, "green lamp", TagType.BOOL)
            .factory(c -> {
                double[] at = c.numbers("at");
                return new TowerLight(c.id(), new Geometry(at[0], at[1], at[2], 0.06, 0.06, 0.3, c.yawDegrees()),
                        c.tag("red"), c.tag("yellow"), c.tag("green"));
            })
            .build();

    private final int redTag;
    private final int yellowTag;
    private final int greenTag;
    private boolean red;
    private boolean yellow;
    private boolean green;

    TowerLight(String id, Geometry g, int redTag, int yellowTag, int greenTag) {
        super(id, "tower_light", g);
        this.redTag = redTag;
        this.yellowTag = yellowTag;
        this.greenTag = greenTag;
    }

    @Override
    public void actuate(ActuateContext w) {
        red = w.getBool(redTag);
        yellow = w.getBool(yellowTag);
        green = w.getBool(greenTag);
    }

    @Override
    public String[] visualNames() {
        return new String[] {"red", "yellow", "green"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = red ? 1 : 0;
        dest[offset + 1] = yellow ? 1 : 0;
        dest[offset + 2] = green ? 1 : 0;
    }

    /** From above, side by side: the red, yellow and green lamps, grey while off. */
    @Override
    public Drawing drawing() {
        return Drawing.of(
                Drawing.circle(-0.07, 0, 0.03, "#ff2020").onWhen("red", "#5a3030").layer(2).atLeast(4),
                Drawing.circle(0, 0, 0.03, "#ffd700").onWhen("yellow", "#5a5530").layer(2).atLeast(4),
                Drawing.circle(0.07, 0, 0.03, "#20c020").onWhen("green", "#305a30").layer(2).atLeast(4));
    }
}
