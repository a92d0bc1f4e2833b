package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.List;

/**
 * A sensor on a tank: a level meter (analog, metres, optional Gaussian noise) or a level switch
 * (bool, on when the level is above — or, for a low switch wired "below", under — its mark).
 */
public final class LevelSensor extends Component implements SensePhase {
    /** The scene-file type {@code level_meter}. */
    public static final ComponentType METER = ComponentType.builder("level_meter", "a tank's level, m")
            .optionalAt("")
            .ref("tank", false, "", "tank")
            .tag("tag", true, Direction.SENSOR, "m", TagType.REAL)
            .number("noise", 0, 0, 1, "Gaussian, m")
            .factory(c -> meter(c.id(), Placement.small(c, 0.05), c.ref("tank"), c.tag("tag"), c.number("noise")))
            .build();
    /** The scene-file type {@code level_switch}. */
    public static final ComponentType SWITCH = ComponentType.builder("level_switch",
                    "on when a tank's level is above (or below) a mark")
            .optionalAt("")
            .ref("tank", false, "", "tank")
            .tag("tag", true, Direction.SENSOR, "", TagType.BOOL)
            .number("level", 0, 50, "the mark, m")
            .choice("on", List.of("above", "below"), "which side of the mark closes it")
            .factory(c -> levelSwitch(c.id(), Placement.small(c, 0.05), c.ref("tank"), c.tag("tag"), c.number("level"),
                    c.text("on").equals("below")))
            .build();

    private final String tankId;
    private final int tag;
    private final boolean isSwitch;
    private final double markM;
    private final boolean onBelow;
    private final double noiseM;
    private Tank tank;

    /** A level meter. */
    public static LevelSensor meter(String id, Geometry g, String tankId, int tag, double noiseM) {
        return new LevelSensor(id, "level_meter", g, tankId, tag, false, 0, false, noiseM);
    }

    /** A level switch at {@code markM}; {@code onBelow} makes it close under the mark. */
    public static LevelSensor levelSwitch(String id, Geometry g, String tankId, int tag, double markM, boolean onBelow) {
        return new LevelSensor(id, "level_switch", g, tankId, tag, true, markM, onBelow, 0);
    }

    private LevelSensor(String id, String type, Geometry g, String tankId, int tag, boolean isSwitch, double markM,
                        boolean onBelow, double noiseM) {
        super(id, type, g);
        this.tankId = tankId;
        this.tag = tag;
        this.isSwitch = isSwitch;
        this.markM = markM;
        this.onBelow = onBelow;
        this.noiseM = noiseM;
    }

    @Override
    protected void build(BuildContext w) {
        tank = (Tank) w.component(tankId);
    }

    @Override
    public void sense(SenseContext w) {
        double h = tank.levelM();
        if (isSwitch) {
            w.setSensor(tag, onBelow ? h < markM : h >= markM);
        } else {
            w.setSensor(tag, noiseM > 0 ? h + noiseM * w.rng().nextGaussian() : h);
        }
    }
}
