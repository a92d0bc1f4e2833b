package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.parts.PartType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.FaultSpec;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.Map;

/**
 * The feed station: a magazine tube of stacked parts beside the belt and a push cylinder under
 * it that pushes the bottom part out onto the belt. The geometry's centre ({@code at}) is the
 * spot on the belt where a pushed part lands; the heading is the push direction; the tube stands
 * {@code stroke} back from the spot.
 *
 * <p>The cylinder (spring-return valve {@code push}) moves at constant speed, {@code stroke /
 * t_extend} out and {@code stroke / t_retract} back; its end switches close within
 * {@value Pusher#SWITCH_WINDOW_M} m of each end. The bottom part drops in front of the plate
 * while the rear end switch is closed (the next type from a repeating sequence or a seeded mix);
 * when the front end switch closes it stands on the landing spot and becomes a part of the world there, as soon
 * as the spot is clear (until then the stroke waits against the part in the way). The magazine
 * holds {@code parts} parts; {@code empty} closes when no part is left, the bottom one included.
 *
 * <p>Faults: {@code jammed}, {@code slow} (the cylinder), {@code empty} (the magazine runs out:
 * while it is active the magazine holds nothing; cleared, it is refilled to {@code parts}).
 * Called on the simulation thread only; the step allocates nothing.
 */
public final class Magazine extends Component implements IntegratePhase, SensePhase {
    static final FaultSpec EMPTY = FaultSpec.of("empty", "the magazine runs out of parts");

    /** The scene-file type {@code magazine}. */
    public static final ComponentType TYPE = ComponentType.builder("magazine",
                    "a magazine of stacked parts with a push cylinder that pushes the bottom one onto the belt")
            .at(3, "where a pushed part lands; z the belt surface")
            .number("stroke", 0.12, 0.02, 1, "m from the tube to the landing spot")
            .number("t_extend", 0.4, 0.01, 60, "s")
            .number("t_retract", "t_extend", 0.01, 60, "s")
            .number("parts", 20, 0, 10_000, "parts in the full magazine")
            .tag("push", true, Direction.ACTUATOR, "cylinder valve (spring return)", TagType.BOOL)
            .tag("retracted", false, Direction.SENSOR, "rear end switch", TagType.BOOL)
            .tag("extended", false, Direction.SENSOR, "front end switch", TagType.BOOL)
            .tag("empty", false, Direction.SENSOR, "no part left in the magazine", TagType.BOOL)
            .tag("left", false, Direction.SENSOR, "parts left in the magazine", TagType.INT)
            .partSequence("sequence", "part types in order (or mix)")
            .partMix("mix", "a seeded random mix (or sequence)")
            .fault(Mechanism.JAMMED)
            .fault(Mechanism.SLOW)
            .fault(EMPTY)
            .factory(Magazine::create)
            .build();

    /** The cylinder's constants. */
    record Stroke(double strokeM, double extendSeconds, double retractSeconds) {
    }

    /** Its tag indices; -1 for a tag it does not have. */
    record Wiring(int push, int retracted, int extended, int empty, int left) {
    }

    private final Stroke stroke;
    private final Wiring io;
    private final long fullCount;
    private final PartMix mix;
    // The landing spot, fixed at build.
    private final double spotX;
    private final double spotY;

    private boolean jammed;
    private double slowFactor = 1;
    private boolean runOut;
    private double positionM;
    /** Parts in the tube, the one in front of the plate included. */
    private long count;
    /** The type of the part in front of the plate, -1 for none. */
    private int loadedType = -1;
    private long fed;

    private static Magazine create(ComponentConfig c) {
        double[] at = c.numbers("at");
        if (c.has("sequence") == c.has("mix")) {
            throw c.fail("a magazine needs exactly one of 'sequence' (part names in order) or 'mix' (part: weight)");
        }
        Geometry g = new Geometry(at[0], at[1], at[2], 0.06, 0.06, 0.2, c.yawDegrees());
        double te = c.number("t_extend");
        Stroke stroke = new Stroke(c.number("stroke"), te, c.number("t_retract", te));
        Wiring wiring = new Wiring(c.tag("push"), c.tag("retracted"), c.tag("extended"), c.tag("empty"), c.tag("left"));
        return new Magazine(c.id(), g, stroke, wiring, (long) c.number("parts"),
                new PartMix(c.partSequence("sequence"), c.partWeights("mix")));
    }

    Magazine(String id, Geometry g, Stroke stroke, Wiring wiring, long parts, PartMix mix) {
        super(id, "magazine", g);
        this.stroke = stroke;
        this.io = wiring;
        this.fullCount = parts;
        this.count = parts;
        this.mix = mix;
        this.spotX = g.x();
        this.spotY = g.y();
    }

    @Override
    protected void setFault(FaultSpec fault, boolean active, double param) {
        if (Mechanism.JAMMED.equals(fault)) {
            jammed = active;
        } else if (Mechanism.SLOW.equals(fault)) {
            slowFactor = active ? param : 1;
        } else {
            runOut = active;
            if (!active) {
                count = fullCount;
            }
        }
    }

    @Override
    public void integrate(IntegrateContext w) {
        if (runOut) {
            count = 0;
            loadedType = -1;
        }
        boolean extend = w.getBool(io.push());
        if (!jammed) {
            double dt = w.dtSeconds();
            if (extend) {
                // A part still on the landing spot holds the pushed one (and the plate) short of it.
                double limit = loadedType >= 0 && !landingClear(w) ? stroke.strokeM() - Pusher.SWITCH_WINDOW_M * 2
                        : stroke.strokeM();
                positionM = Math.min(limit, positionM + stroke.strokeM() / (stroke.extendSeconds() * slowFactor) * dt);
            } else {
                positionM = Math.max(0, positionM - stroke.strokeM() / (stroke.retractSeconds() * slowFactor) * dt);
            }
        }
        if (positionM <= Pusher.SWITCH_WINDOW_M && loadedType < 0 && count > 0) {
            loadedType = mix.next(w.rng());
        }
        if (positionM >= stroke.strokeM() - Pusher.SWITCH_WINDOW_M && loadedType >= 0 && landingClear(w)
                && w.spawn(loadedType, spotX, spotY, landingBase(w)) >= 0) {
            loadedType = -1;
            count--;
            fed++;
        }
    }

    /** The surface the landing spot is on, its top in metres. */
    private double landingBase(IntegrateContext w) {
        return w.surfaceTopAt(spotX, spotY, Double.POSITIVE_INFINITY);
    }

    /** Whether the part in front of the plate fits on the landing spot (no part stands there). */
    private boolean landingClear(IntegrateContext w) {
        PartType t = w.partType(loadedType);
        return w.isClear(spotX, spotY, landingBase(w), t.lengthM() / 2, t.widthM() / 2, t.heightM());
    }

    @Override
    public void sense(SenseContext w) {
        if (io.retracted() >= 0) {
            w.setSensor(io.retracted(), positionM <= Pusher.SWITCH_WINDOW_M);
        }
        if (io.extended() >= 0) {
            w.setSensor(io.extended(), positionM >= stroke.strokeM() - Pusher.SWITCH_WINDOW_M);
        }
        if (io.empty() >= 0) {
            w.setSensor(io.empty(), count == 0);
        }
        if (io.left() >= 0) {
            w.setSensor(io.left(), count);
        }
    }

    /** Parts left in the magazine. */
    public long count() {
        return count;
    }

    /** Parts pushed onto the belt so far. */
    public long fed() {
        return fed;
    }

    public double positionM() {
        return positionM;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"extension_m", "left", "loaded"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = positionM;
        dest[offset + 1] = count;
        dest[offset + 2] = loadedType >= 0 ? 1 : 0;
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("stroke_m", Double.toString(stroke.strokeM()));
    }

    /**
     * From above: the tube behind the landing spot (grey, darker when empty), the push plate
     * moving out to the spot, and the parts left.
     */
    @Override
    public Drawing drawing() {
        double back = -stroke.strokeM();
        return Drawing.of(
                Drawing.circle(back, 0, 0.035, "#c0c0c0").onWhen("left", "#555555").layer(2),
                Drawing.rect(back, 0, 0.02, 0.05, "#1f6fb2").shiftedBy("extension_m").layer(2),
                Drawing.text(back, -0.08, "left", 0, "", "#000"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putBoolean(jammed);
        s.putDouble(slowFactor);
        s.putBoolean(runOut);
        s.putDouble(positionM);
        s.putLong(count);
        s.putInt(loadedType);
        s.putLong(fed);
        mix.writeState(s);
    }

    @Override
    protected void readState(StateSource s) {
        jammed = s.getBoolean();
        slowFactor = s.getDouble();
        runOut = s.getBoolean();
        positionM = s.getDouble();
        count = s.getLong();
        loadedType = s.getInt();
        fed = s.getLong();
        mix.readState(s);
    }
}
