package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.ActuateContext;
import io.simbase.engine.world.ActuatePhase;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A fixed-displacement pump feeding a tank: {@code flow} m^3/s while its run tag is on, with an
 * optional running-feedback sensor (motor contactor auxiliary contact). Fault: jammed (the
 * motor trips: no flow, feedback off).
 */
public final class Pump extends Mechanism implements ActuatePhase, SensePhase {
    /** The scene-file type {@code pump}. */
    public static final ComponentType TYPE = ComponentType.builder("pump", "a fixed-displacement pump feeding a tank")
            .optionalAt("")
            .tag("run", true, Direction.ACTUATOR, "", TagType.BOOL)
            .number("flow", 1e-6, 10, "m^3/s while running")
            .tag("feedback", false, Direction.SENSOR, "running feedback", TagType.BOOL)
            .fault(JAMMED)
            .factory(c -> new Pump(c.id(), Placement.small(c, 0.3), c.number("flow"), c.tag("run"), c.tag("feedback")))
            .build();

    private final double flowM3s;
    private final int runTag;
    private final int feedbackTag;
    private boolean running;

    public Pump(String id, Geometry g, double flowM3s, int runTag, int feedbackTag) {
        super(id, "pump", g);
        this.flowM3s = flowM3s;
        this.runTag = runTag;
        this.feedbackTag = feedbackTag;
    }

    public double flow() {
        return running ? flowM3s : 0;
    }

    @Override
    public void actuate(ActuateContext w) {
        running = !jammed && w.getBool(runTag);
    }

    @Override
    public void sense(SenseContext w) {
        if (feedbackTag >= 0) {
            w.setSensor(feedbackTag, running);
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
