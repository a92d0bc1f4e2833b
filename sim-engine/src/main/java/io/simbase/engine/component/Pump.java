package io.simbase.engine.component;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;

/**
 * A fixed-displacement pump feeding a tank: {@code flow} m^3/s while its run tag is on, with an
 * optional running-feedback sensor (motor contactor auxiliary contact). Fault: jammed (the
 * motor trips: no flow, feedback off).
 */
public final class Pump extends Mechanism {
    private final double flowM3s;
    private final int runTag;
    private final int feedbackTag;
    private boolean running;

    public Pump(String id, Geometry g, double flowM3s, int runTag, int feedbackTag) {
        super(id, "pump", g, false);
        this.flowM3s = flowM3s;
        this.runTag = runTag;
        this.feedbackTag = feedbackTag;
    }

    public double flow() {
        return running ? flowM3s : 0;
    }

    @Override
    protected void actuate(World w) {
        running = !jammed && w.io().getBool(runTag);
    }

    @Override
    protected void sense(World w) {
        if (feedbackTag >= 0) {
            w.io().setRaw(feedbackTag, running);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"running"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = running ? 1 : 0;
    }



    @Override
    protected void writeMechanismState(StateSink s) {
        s.putBoolean(running);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        running = s.getBoolean();
    }
}
