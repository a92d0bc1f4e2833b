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
    private long count;

    public Remover(String id, Geometry g, int countTag) {
        super(id, "remover", g);
        this.countTag = countTag;
    }

    public long count() {
        return count;
    }

    @Override
    protected void integrate(World w) {
        Geometry g = geometry();
        int slot;
        while ((slot = w.parts().firstCentreIn(g.minX(), g.minY(), g.maxX(), g.maxY())) >= 0) {
            long partId = w.parts().id(slot);
            w.parts().remove(slot);
            count++;
            w.emit(EventKind.PART_REMOVED, (int) partId, index());
        }
    }

    @Override
    protected void sense(World w) {
        if (countTag >= 0) {
            double max = w.layout().tag(countTag).max();
            w.io().setRaw(countTag, count % ((long) max + 1));
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
