package io.simbase.engine.component;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.EventKind;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;

/**
 * A bin or take-off station: removes every part whose centre enters its footprint (at any
 * height) and counts them. The count is written to an optional int sensor tag (wrapping at
 * the tag's maximum, like a PLC counter register).
 */
public final class Remover extends Component {
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
    protected void build(World w) {
        if (countTag >= 0) {
            countWrap = (long) w.layout().tag(countTag).max() + 1;
        }
    }

    public long count() {
        return count;
    }

    @Override
    protected void integrate(World w) {
        int slot;
        while ((slot = w.parts().firstCentreIn(minX, minY, maxX, maxY)) >= 0) {
            long partId = w.parts().id(slot);
            w.parts().remove(slot);
            count++;
            w.emit(EventKind.PART_REMOVED, (int) partId, index());
        }
    }

    @Override
    protected void sense(World w) {
        if (countTag >= 0) {
            w.io().setRaw(countTag, count % countWrap);
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
