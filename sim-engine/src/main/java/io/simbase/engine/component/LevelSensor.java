package io.simbase.engine.component;

import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;

/**
 * A sensor on a tank: a level meter (analog, metres, optional Gaussian noise) or a level switch
 * (bool, on when the level is above — or, for a low switch wired "below", under — its mark).
 */
public final class LevelSensor extends Component {
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
    protected void build(World w) {
        tank = (Tank) w.component(tankId);
    }

    @Override
    protected void sense(World w) {
        double h = tank.levelM();
        if (isSwitch) {
            w.io().setRaw(tag, onBelow ? h < markM : h >= markM);
        } else {
            w.io().setRaw(tag, noiseM > 0 ? h + noiseM * w.rng().nextGaussian() : h);
        }
    }
}
