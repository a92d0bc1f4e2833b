package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
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
 * The processing station's press: a pneumatic ram above the belt that comes down on the part
 * standing under it. A part is under the press while its centre is within {@code window} of the
 * ram's axis; it is processed once the ram has stood at the bottom for {@code t_press} seconds
 * without a break with that part under it. Each part is judged when it leaves: processed, or
 * not. A ram away from its top while the part under it moves (faster than
 * {@value #MOVING_MPS} m/s) damages that part: a press must only come down on a part at rest.
 *
 * <p>The ram (spring-return valve {@code down}) travels {@code stroke} in {@code t_down} down
 * and {@code t_up} up, at constant speed; end switches close within
 * {@value Pusher#SWITCH_WINDOW_M} m of each end. Faults: {@code jammed}, {@code slow}. Called
 * on the simulation thread only; the step allocates nothing.
 */
public final class Press extends Component implements IntegratePhase, SensePhase {
    /** A part slower than this, m/s, is at rest under the ram. */
    public static final double MOVING_MPS = 0.005;

    /** The scene-file type {@code press}. */
    public static final ComponentType TYPE = ComponentType.builder("press",
                    "a pneumatic press ram over the belt; marks the part under it processed after a press time")
            .at(3, "the ram's axis; z the ram's bottom when up")
            .number("stroke", 0.05, 0.005, 1, "m the ram travels down")
            .number("t_down", 0.3, 0.01, 60, "s")
            .number("t_up", "t_down", 0.01, 60, "s")
            .number("t_press", 1.0, 0.01, 60, "s at the bottom that process a part")
            .number("window", 0.01, 0.001, 1, "m: a part is under the ram when its centre is this close to the axis")
            .tag("down", true, Direction.ACTUATOR, "ram valve (spring return)", TagType.BOOL)
            .tag("top", false, Direction.SENSOR, "upper end switch", TagType.BOOL)
            .tag("bottom", false, Direction.SENSOR, "lower end switch", TagType.BOOL)
            .tag("processed", false, Direction.SENSOR, "parts that left processed", TagType.INT)
            .tag("unprocessed", false, Direction.SENSOR, "parts that left under the ram unprocessed", TagType.INT)
            .tag("damaged", false, Direction.SENSOR, "parts the ram came down on while they moved", TagType.INT)
            .fault(Mechanism.JAMMED)
            .fault(Mechanism.SLOW)
            .factory(Press::create)
            .build();

    /** The ram's constants. */
    record Params(double strokeM, double downSeconds, double upSeconds, double pressSeconds, double windowM) {
    }

    /** Its tag indices; -1 for a tag it does not have. */
    record Wiring(int down, int top, int bottom, int processed, int unprocessed, int damaged) {
    }

    private final Params p;
    private final Wiring io;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private boolean jammed;
    private double slowFactor = 1;
    private double positionM;
    private double dwellSeconds;
    /** The id of the part under the ram, 0 for none. */
    private long partId;
    private boolean partProcessed;
    private boolean partDamaged;
    private int processed;
    private int unprocessed;
    private int damaged;

    private static Press create(ComponentConfig c) {
        double[] at = c.numbers("at");
        Geometry g = new Geometry(at[0], at[1], at[2], 0.08, 0.08, 0.3, c.yawDegrees());
        double down = c.number("t_down");
        Params params = new Params(c.number("stroke"), down, c.number("t_up", down), c.number("t_press"),
                c.number("window"));
        Wiring wiring = new Wiring(c.tag("down"), c.tag("top"), c.tag("bottom"), c.tag("processed"),
                c.tag("unprocessed"), c.tag("damaged"));
        return new Press(c.id(), g, params, wiring);
    }

    Press(String id, Geometry g, Params params, Wiring wiring) {
        super(id, "press", g);
        this.p = params;
        this.io = wiring;
        this.minX = g.x() - params.windowM();
        this.maxX = g.x() + params.windowM();
        this.minY = g.y() - params.windowM();
        this.maxY = g.y() + params.windowM();
    }

    @Override
    protected void setFault(FaultSpec fault, boolean active, double param) {
        if (Mechanism.JAMMED.equals(fault)) {
            jammed = active;
        } else {
            slowFactor = active ? param : 1;
        }
    }

    @Override
    public void integrate(IntegrateContext w) {
        double dt = w.dtSeconds();
        if (!jammed) {
            if (w.getBool(io.down())) {
                positionM = Math.min(p.strokeM(), positionM + p.strokeM() / (p.downSeconds() * slowFactor) * dt);
            } else {
                positionM = Math.max(0, positionM - p.strokeM() / (p.upSeconds() * slowFactor) * dt);
            }
        }
        int slot = w.firstCentreIn(minX, minY, maxX, maxY);
        long under = slot < 0 ? 0 : w.partId(slot);
        if (under != partId) {
            judgeLeaving();
            partId = under;
            partProcessed = false;
            partDamaged = false;
            dwellSeconds = 0;
        }
        if (partId == 0) {
            return;
        }
        if (positionM > Pusher.SWITCH_WINDOW_M && w.partSpeed(slot) > MOVING_MPS && !partDamaged) {
            partDamaged = true;
            damaged++;
        }
        if (positionM >= p.strokeM()) {
            dwellSeconds += dt;
            if (dwellSeconds >= p.pressSeconds() - 1e-9) {
                partProcessed = true;
            }
        } else {
            dwellSeconds = 0;
        }
    }

    private void judgeLeaving() {
        if (partId == 0) {
            return;
        }
        if (partProcessed) {
            processed++;
        } else {
            unprocessed++;
        }
    }

    @Override
    public void sense(SenseContext w) {
        if (io.top() >= 0) {
            w.setSensor(io.top(), positionM <= Pusher.SWITCH_WINDOW_M);
        }
        if (io.bottom() >= 0) {
            w.setSensor(io.bottom(), positionM >= p.strokeM() - Pusher.SWITCH_WINDOW_M);
        }
        if (io.processed() >= 0) {
            w.setSensor(io.processed(), processed);
        }
        if (io.unprocessed() >= 0) {
            w.setSensor(io.unprocessed(), unprocessed);
        }
        if (io.damaged() >= 0) {
            w.setSensor(io.damaged(), damaged);
        }
    }

    /** Whether the part under the ram (if any) is processed yet. */
    public boolean partProcessed() {
        return partProcessed;
    }

    public int processed() {
        return processed;
    }

    public int unprocessed() {
        return unprocessed;
    }

    public int damaged() {
        return damaged;
    }

    public double positionM() {
        return positionM;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"ram_m", "part_processed", "processed", "damaged"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = positionM;
        dest[offset + 1] = partProcessed ? 1 : 0;
        dest[offset + 2] = processed;
        dest[offset + 3] = damaged;
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("stroke_m", Double.toString(p.strokeM()));
    }

    /**
     * From above: the press frame, the ram (purple while it is away from the top, pale grey at the top), a green mark
     * while the part under it is processed, and the counts.
     */
    @Override
    public Drawing drawing() {
        return Drawing.of(
                Drawing.rect(0, 0, 0.1, 0.16, "#9a9a9a").layer(2),
                Drawing.circle(0, 0, 0.03, "#8b008b").onWhen("ram_m", "#d0d0d0").layer(2).atLeast(4),
                Drawing.circle(0, 0.06, 0.012, "#2e8b57").onWhen("part_processed", "#eeeeee").layer(2).atLeast(3),
                Drawing.text(0, -0.12, "processed", 0, " ✔", "#006400"),
                Drawing.text(0.12, -0.12, "damaged", 0, " ✘", "#b22222"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putBoolean(jammed);
        s.putDouble(slowFactor);
        s.putDouble(positionM);
        s.putDouble(dwellSeconds);
        s.putLong(partId);
        s.putBoolean(partProcessed);
        s.putBoolean(partDamaged);
        s.putInt(processed);
        s.putInt(unprocessed);
        s.putInt(damaged);
    }

    @Override
    protected void readState(StateSource s) {
        jammed = s.getBoolean();
        slowFactor = s.getDouble();
        positionM = s.getDouble();
        dwellSeconds = s.getDouble();
        partId = s.getLong();
        partProcessed = s.getBoolean();
        partDamaged = s.getBoolean();
        processed = s.getInt();
        unprocessed = s.getInt();
        damaged = s.getInt();
    }
}
