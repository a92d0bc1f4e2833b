package io.simbase.plc.engine;

import io.simbase.engine.world.World;
import io.simbase.plc.Plc;
import io.simbase.plc.PlcProgram;

/**
 * A soft PLC in the loop of one world, for headless runs and tests: each {@link #step()} gives
 * the PLC its scan (inputs as the last step left them, outputs applied by the coming step),
 * then steps the world. Threading: the world's stepping thread. Allocation: none per step.
 */
public final class WorldPlc {
    private final World world;
    private final Plc plc;

    /** Loads the program into a new PLC on {@code world} and puts it into RUN. */
    public WorldPlc(World world, PlcProgram program) {
        this.world = world;
        this.plc = new Plc(new WorldIo(world), world.stepNanos());
        plc.load(program);
        plc.run();
    }

    public World world() {
        return world;
    }

    public Plc plc() {
        return plc;
    }

    /** One scan when due, then one world step. */
    public void step() {
        plc.step(world.simNanos());
        world.step();
    }
}
