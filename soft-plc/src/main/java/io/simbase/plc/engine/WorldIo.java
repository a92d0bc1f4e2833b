package io.simbase.plc.engine;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.world.World;
import io.simbase.plc.ProcessIo;

/**
 * The soft PLC's only way into a world: reads effective tag values from its I/O image and
 * commands actuators as controller inputs (applied at the next step). Every call into the
 * world's API is in this class. Threading: the world's stepping thread. Allocation: none.
 */
public final class WorldIo implements ProcessIo {
    private final World world;
    private final IoLayout layout;

    public WorldIo(World world) {
        this.world = world;
        this.layout = world.layout();
    }

    @Override
    public double read(int tag) {
        return world.io().get(tag);
    }

    @Override
    public void write(int tag, double value) {
        // The result is not needed: the tag is an actuator and the value is coerced into its range.
        world.setInput(tag, layout.tag(tag).coerce(value));
    }
}
