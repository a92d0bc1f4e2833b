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
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.PartSource;
import io.simbase.engine.world.World;

/**
 * A feeder that places parts on the surface below it at a fixed interval, like a magazine
 * feeder: the next part type comes from a repeating sequence or a seeded random mix, and a
 * part is only placed when the spot is clear (otherwise the feeder waits). An optional
 * enable tag (bool actuator) gates it. Part types queued for it ({@link World#queuePart}, a
 * scenario's parts by type) come first, in order, each in place of the sequence's or the mix's
 * next choice (which then neither advances nor draws a random number).
 */
public final class Emitter extends Component implements IntegratePhase, PartSource {
    /** The scene-file type {@code emitter}. */
    public static final ComponentType TYPE = ComponentType.builder("emitter",
                    "places parts on the surface below it when the spot is free")
            .at(2, "where parts appear")
            .number("interval_s", 0.05, 3600, "s between parts")
            .number("first_s", 0, 0, 3600, "s before the first part")
            .tag("enable", false, Direction.ACTUATOR, "feeds only while on", TagType.BOOL)
            .number("limit", 0, 0, 1e9, "parts in all, 0 for no limit")
            .partSequence("sequence", "part types in order (or mix)")
            .partMix("mix", "a seeded random mix (or sequence)")
            .factory(Emitter::create)
            .build();

    private final long intervalSteps;
    private final long firstSteps;
    private final PartMix mix;
    private final int enableTag;
    private final long limit;

    private long countdown = -1;
    private int pendingType = -1;
    private long emitted;

    /**
     * @param sequence          part type indices cycled in order, or null for a random mix
     * @param weights           relative weight per part type index (random mix), or null
     * @param limit             stop after this many parts (0 = no limit)
     */
    public Emitter(String id, Geometry g, double intervalSeconds, double firstSeconds, int[] sequence,
                   double[] weights, int enableTag, long limit, long stepNanos) {
        super(id, "emitter", g);
        this.intervalSteps = Math.max(1, Math.round(intervalSeconds * 1e9 / stepNanos));
        this.firstSteps = Math.max(0, Math.round(firstSeconds * 1e9 / stepNanos));
        this.mix = new PartMix(sequence, weights);
        this.enableTag = enableTag;
        this.limit = limit;
    }

    private static Emitter create(ComponentConfig c) {
        double[] at = c.numbers("at");
        Geometry g = new Geometry(at[0], at[1], 0, 0.1, 0.1, 0.1, c.yawDegrees());
        if (c.has("sequence") == c.has("mix")) {
            throw c.fail("an emitter needs exactly one of 'sequence' (part names in order) or 'mix' (part: weight)");
        }
        return new Emitter(c.id(), g, c.number("interval_s"), c.number("first_s"), c.partSequence("sequence"),
                c.partWeights("mix"), c.tag("enable"), (long) c.number("limit"), c.stepNanos());
    }

    @Override
    public Drawing drawing() {
        return Drawing.of(Drawing.rect(0, 0, geometry().sizeX(), geometry().sizeY(), "#9acd32"));
    }

    public long emitted() {
        return emitted;
    }

    @Override
    public void integrate(IntegrateContext w) {
        if (countdown < 0) {
            countdown = firstSteps;
        }
        if (limit > 0 && emitted >= limit) {
            return;
        }
        if (enableTag >= 0 && !w.getBool(enableTag)) {
            return;
        }
        if (countdown > 0) {
            countdown--;
            return;
        }
        if (pendingType < 0) {
            int queued = w.takeQueuedPart(index()); // a scenario's parts by type come first
            pendingType = queued >= 0 ? queued : mix.next(w.rng());
        }
        Geometry g = geometry();
        PartType t = w.partType(pendingType);
        double base = w.surfaceTopAt(g.x(), g.y(), Double.POSITIVE_INFINITY);
        if (!w.isClear(g.x(), g.y(), base, t.lengthM() / 2 + 0.002, t.widthM() / 2 + 0.002, t.heightM())) {
            return; // spot occupied: wait, keep the chosen type
        }
        if (w.spawn(pendingType, g.x(), g.y(), base) >= 0) {
            emitted++;
            pendingType = -1;
            countdown = intervalSteps - 1;
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"emitted"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = emitted;
    }

    @Override
    protected void writeState(StateSink s) {
        s.putLong(countdown);
        s.putInt(pendingType);
        s.putInt(mix.position());
        s.putLong(emitted);
    }

    @Override
    protected void readState(StateSource s) {
        countdown = s.getLong();
        pendingType = s.getInt();
        mix.setPosition(s.getInt());
        emitted = s.getLong();
    }
}
