package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.FaultSpec;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A silo with a fill valve above a belt: it pours bulk material into the box standing under its
 * spout. The fill level of that box is the box's own property while it stands there: it starts
 * at 0 when a box's centre comes within {@code window} of the spout, grows by {@code flow} kg/s
 * while the valve is open, and is judged when the box leaves (counted as filled at
 * {@code nominal} kg or more, else as short). A box holds at most {@code capacity} kg; what the
 * valve pours with no box under the spout (or a box that is off centre), or into a full box, is
 * spilled. A level probe in the box ({@code full}) closes at {@code nominal} kg.
 *
 * <p>Fault {@code jammed}: the valve does not open. Called on the simulation thread only; the
 * step allocates nothing.
 */
public final class Silo extends Component implements IntegratePhase, SensePhase {
    /** The scene-file type {@code silo}. */
    public static final ComponentType TYPE = ComponentType.builder("silo",
                    "a silo with a fill valve that fills the box under its spout; the box's fill, a full probe, spill")
            .at(3, "the spout; z its height")
            .tag("valve", true, Direction.ACTUATOR, "fill valve open", TagType.BOOL)
            .tag("full", false, Direction.SENSOR, "level probe in the box: 1 at nominal fill", TagType.BOOL)
            .tag("box_fill", false, Direction.SENSOR, "kg in the box under the spout", TagType.REAL)
            .tag("filled", false, Direction.SENSOR, "boxes that left with nominal fill or more", TagType.INT)
            .tag("short", false, Direction.SENSOR, "boxes that left under nominal fill", TagType.INT)
            .tag("spilled", false, Direction.SENSOR, "kg poured beside a box or over its rim, in total", TagType.REAL)
            .number("flow", 2, 0.01, 1000, "kg/s through the open valve")
            .number("nominal", 4, 0.01, 10_000, "kg: a box is full at this fill")
            .number("capacity", 4.5, 0.01, 10_000, "kg a box holds; more spills over the rim")
            .number("window", 0.02, 0.001, 1, "m: a box pours in when its centre is this close to the spout")
            .fault(Mechanism.JAMMED)
            .factory(Silo::create)
            .build();

    /** The silo's constants. */
    record Params(double flowKgPerS, double nominalKg, double capacityKg, double windowM) {
    }

    /** Its tag indices; -1 for a tag it does not have. */
    record Wiring(int valve, int full, int boxFill, int filled, int shortBoxes, int spilled) {
    }

    private final Params p;
    private final Wiring io;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private double dtSeconds;

    private boolean jammed;
    private boolean pouring;
    /** The id of the box under the spout, 0 for none. */
    private long boxId;
    private double fillKg;
    private int filled;
    private int shortBoxes;
    private double spilledKg;

    private static Silo create(ComponentConfig c) {
        double[] at = c.numbers("at");
        if (c.number("capacity") < c.number("nominal")) {
            throw c.fail("capacity", "capacity must be at least nominal");
        }
        Geometry g = new Geometry(at[0], at[1], at[2], 0.5, 0.5, 0.5, 0);
        Params params = new Params(c.number("flow"), c.number("nominal"), c.number("capacity"), c.number("window"));
        Wiring wiring = new Wiring(c.tag("valve"), c.tag("full"), c.tag("box_fill"), c.tag("filled"), c.tag("short"),
                c.tag("spilled"));
        return new Silo(c.id(), g, params, wiring);
    }

    Silo(String id, Geometry g, Params params, Wiring wiring) {
        super(id, "silo", g);
        this.p = params;
        this.io = wiring;
        this.minX = g.x() - params.windowM();
        this.maxX = g.x() + params.windowM();
        this.minY = g.y() - params.windowM();
        this.maxY = g.y() + params.windowM();
    }

    @Override
    protected void build(BuildContext w) {
        dtSeconds = w.dtSeconds();
    }

    @Override
    protected void setFault(FaultSpec fault, boolean active, double param) {
        jammed = active;
    }

    @Override
    public void integrate(IntegrateContext w) {
        int slot = w.firstCentreIn(minX, minY, maxX, maxY);
        long under = slot < 0 ? 0 : w.partId(slot);
        if (under != boxId) {
            if (boxId != 0) {
                if (fillKg >= p.nominalKg()) {
                    filled++;
                } else {
                    shortBoxes++;
                }
            }
            boxId = under;
            fillKg = 0;
        }
        pouring = !jammed && w.getBool(io.valve());
        if (pouring) {
            double poured = p.flowKgPerS() * dtSeconds;
            double into = boxId == 0 ? 0 : Math.min(poured, p.capacityKg() - fillKg);
            fillKg += into;
            spilledKg += poured - into;
        }
    }

    @Override
    public void sense(SenseContext w) {
        if (io.full() >= 0) {
            w.setSensor(io.full(), boxId != 0 && fillKg >= p.nominalKg());
        }
        if (io.boxFill() >= 0) {
            w.setSensor(io.boxFill(), fillKg);
        }
        if (io.filled() >= 0) {
            w.setSensor(io.filled(), filled);
        }
        if (io.shortBoxes() >= 0) {
            w.setSensor(io.shortBoxes(), shortBoxes);
        }
        if (io.spilled() >= 0) {
            w.setSensor(io.spilled(), spilledKg);
        }
    }

    /** kg in the box under the spout (0 with none). */
    public double fillKg() {
        return fillKg;
    }

    public int filled() {
        return filled;
    }

    public int shortBoxes() {
        return shortBoxes;
    }

    public double spilledKg() {
        return spilledKg;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"fill_kg", "pouring", "box_under", "filled", "short", "spilled_kg"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = fillKg;
        dest[offset + 1] = pouring ? 1 : 0;
        dest[offset + 2] = boxId != 0 ? 1 : 0;
        dest[offset + 3] = filled;
        dest[offset + 4] = shortBoxes;
        dest[offset + 5] = spilledKg;
    }

    /**
     * From above: the silo's cone, the valve (amber while pouring), a gauge of the fill of the
     * box under the spout, and the counts.
     */
    @Override
    public Drawing drawing() {
        return Drawing.of(
                Drawing.circle(0, 0, 0.3, "#b0b0b0").layer(2),
                Drawing.circle(0, 0, 0.08, "#ffbf00").onWhen("pouring", "#606060").layer(2).atLeast(4),
                Drawing.rect(0, 0.45, 0.5, 0.1, "#eeeeee").layer(2),
                Drawing.rect(0, 0.45, 0.5, 0.1, "#8b5a2b").filledBy("fill_kg", p.capacityKg()).layer(2),
                Drawing.text(0, 0.6, "fill_kg", 2, " kg", "#000"),
                Drawing.text(0, 0.75, "filled", 0, " full", "#006400"),
                Drawing.text(0.6, 0.75, "short", 0, " short", "#b22222"),
                Drawing.text(-0.7, 0.75, "spilled_kg", 2, " kg spilled", "#b22222"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putBoolean(jammed);
        s.putBoolean(pouring);
        s.putLong(boxId);
        s.putDouble(fillKg);
        s.putInt(filled);
        s.putInt(shortBoxes);
        s.putDouble(spilledKg);
    }

    @Override
    protected void readState(StateSource s) {
        jammed = s.getBoolean();
        pouring = s.getBoolean();
        boxId = s.getLong();
        fillKg = s.getDouble();
        filled = s.getInt();
        shortBoxes = s.getInt();
        spilledKg = s.getDouble();
    }
}
