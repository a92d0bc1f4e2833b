package io.simbase.engine.component;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A bin or take-off station: removes every part whose centre enters its footprint (at any
 * height) and counts them. The count is written to an optional int sensor tag (wrapping at
 * the tag's maximum, like a PLC counter register).
 */
public final class Remover extends Component implements IntegratePhase, SensePhase {
    /** The scene-file type {@code remover}. */
    public static final ComponentType TYPE = ComponentType.builder("remover",
                    "a bin: takes and counts every part whose centre enters its footprint")
            .at(2, "centre of the footprint")
            .numbers("size", 2, 0.01, 50, "[sx, sy], m")
            .tag("count", false, Direction.SENSOR, "parts taken, wrapping at the tag's maximum", TagType.INT)
            .factory(c -> {
                double[] at = c.numbers("at");
                double[] size = c.numbers("size");
                return new Remover(c.id(), new Geometry(at[0], at[1], 0, size[0], size[1], 0.05, c.yawDegrees()),
                        c.tag("count"));
            })
            .build();

    private final int countTag;
    // The footprint from the geometry, fixed at build: the step reads no Geometry.
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    /** The count tag's maximum plus one, where the counter wraps (set at build). */
    private long countWrap;
    private long count;

    public Remover(String id, Geometry g, int countTag) {
        super(id, "remover", g);
        this.countTag = countTag;
        this.minX = g.minX();
        this.minY = g.minY();
        this.maxX = g.maxX();
        this.maxY = g.maxY();
    }

    @Override
    protected void build(BuildContext w) {
        if (countTag >= 0) {
            countWrap = (long) w.layout().tag(countTag).max() + 1;
        }
    }

    @Override
    public Drawing drawing() {
        return Drawing.of(Drawing.rect(0, 0, geometry().sizeX(), geometry().sizeY(), "#deb887"),
                Drawing.text(0, 0, "count", 0, "", "#000"));
    }

    public long count() {
        return count;
    }

    @Override
    public void integrate(IntegrateContext w) {
        int slot;
        while ((slot = w.firstCentreIn(minX, minY, maxX, maxY)) >= 0) {
            long partId = w.partId(slot);
            w.remove(slot);
            count++;
            w.emit(EventKind.PART_REMOVED, (int) partId, index());
        }
    }

    @Override
    public void sense(SenseContext w) {
        if (countTag >= 0) {
            w.setSensor(countTag, count % countWrap);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"count"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = count;
    }

    @Override
    protected void writeState(StateSink s) {
        s.putLong(count);
    }

    @Override
    protected void readState(StateSource s) {
        count = s.getLong();
    }
}
