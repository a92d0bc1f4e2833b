package io.simbase.engine.component;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import java.util.Map;

/**
 * An open vertical tank of constant cross-section {@code areaM2} and height {@code heightM}
 * (the geometry's {@code sizeZ}). Mass balance:
 * <pre>
 *   A dh/dt = Qin - Qc - k sqrt(h),   Qin = sum(supply valves) + sum(pumps),
 *                                     Qc  = sum(consumers' demands),
 *                                     k   = sum over drain valves of u Cd a sqrt(2 g)
 * </pre>
 * integrated with classical fourth-order Runge-Kutta over each step, inputs held for the step
 * (zero-order hold). The level is clamped to [0, height]; at the top the tank overflows and
 * raises alarm {@value #ALARM_OVERFLOW}. Empty, it delivers to its consumers at most what flows
 * in, shared in proportion to their demands.
 */
public final class Tank extends Component implements IntegratePhase {
    /** The scene-file type {@code tank}. */
    public static final ComponentType TYPE = ComponentType.builder("tank",
                    "an open tank: Torricelli outflow, RK4 integration, overflow alarm")
            .at(2, "centre")
            .number("area", 0.001, 100, "m^2")
            .number("height", 0.05, 50, "m")
            .number("level", 0, 0, 50, "initial, m (at most the height)")
            .refs("inlets", "supply valves and pumps", "supply_valve", "pump")
            .refs("outlets", "drain valves and consumers", "drain_valve", "consumer")
            .factory(Tank::create)
            .build();

    /** Alarm code: the tank is overflowing. */
    public static final int ALARM_OVERFLOW = 1;

    private final double areaM2;
    private final double heightM;
    private final String[] inletIds;
    private final String[] outletIds;
    private Valve[] supplies;
    private Pump[] pumps;
    private Valve[] drains;
    private Consumer[] consumers;

    private double levelM;
    private double inflowM3s;
    private double outflowM3s;
    private boolean overflow;

    public Tank(String id, Geometry g, double areaM2, double initialLevelM, String[] inletIds, String[] outletIds) {
        super(id, "tank", g);
        this.areaM2 = areaM2;
        this.heightM = g.sizeZ();
        this.levelM = initialLevelM;
        this.inletIds = inletIds.clone();
        this.outletIds = outletIds.clone();
    }

    private static Tank create(ComponentConfig c) {
        double[] at = c.numbers("at");
        double area = c.number("area");
        double side = Math.sqrt(area * 4 / Math.PI);
        double height = c.number("height");
        double level = c.number("level");
        if (level > height) {
            throw c.fail("level", "level " + level + " out of range [0, " + height + "]");
        }
        Geometry g = new Geometry(at[0], at[1], 0, side, side, height, c.yawDegrees());
        return new Tank(c.id(), g, area, level, c.refs("inlets"), c.refs("outlets"));
    }

    @Override
    public Drawing drawing() {
        Geometry g = geometry();
        return Drawing.of(Drawing.rect(0, 0, g.sizeX(), g.sizeY(), "#4682b4"),
                Drawing.rect(0, 0, g.sizeX(), g.sizeY(), "#87cefa").filledBy("level_m", g.sizeZ()),
                Drawing.text(0, 0, "level_m", 2, " m", "#000"));
    }

    public double levelM() {
        return levelM;
    }

    public double heightM() {
        return heightM;
    }

    public double areaM2() {
        return areaM2;
    }

    /** What left the tank in the last step, m^3/s: drains and consumers. */
    public double outflowM3s() {
        return outflowM3s;
    }

    @Override
    protected void build(BuildContext w) {
        int nv = 0;
        int np = 0;
        for (String in : inletIds) {
            if (w.component(in) instanceof Pump) {
                np++;
            } else {
                nv++;
            }
        }
        supplies = new Valve[nv];
        pumps = new Pump[np];
        nv = 0;
        np = 0;
        for (String in : inletIds) {
            Component c = w.component(in);
            if (c instanceof Pump) {
                pumps[np++] = (Pump) c;
            } else {
                supplies[nv++] = (Valve) c;
            }
        }
        int nc = 0;
        for (String out : outletIds) {
            if (w.component(out) instanceof Consumer) {
                nc++;
            }
        }
        drains = new Valve[outletIds.length - nc];
        consumers = new Consumer[nc];
        int nd = 0;
        nc = 0;
        for (String out : outletIds) {
            Component c = w.component(out);
            if (c instanceof Consumer) {
                consumers[nc++] = (Consumer) c;
            } else {
                drains[nd++] = (Valve) c;
            }
        }
    }

    @Override
    public void integrate(IntegrateContext w) {
        double qin = 0;
        for (Valve v : supplies) {
            qin += v.supplyFlow();
        }
        for (Pump p : pumps) {
            qin += p.flow();
        }
        double k = 0;
        for (Valve v : drains) {
            k += v.drainCoefficient();
        }
        double demand = 0;
        for (Consumer c : consumers) {
            demand += c.demandM3s();
        }
        double dt = w.dtSeconds();
        double h = levelM;
        double net = qin - demand;
        double k1 = rate(h, net, k);
        double k2 = rate(h + dt / 2 * k1, net, k);
        double k3 = rate(h + dt / 2 * k2, net, k);
        double k4 = rate(h + dt * k3, net, k);
        double next = h + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        inflowM3s = qin;
        outflowM3s = k * Math.sqrt(Math.max(0, h));
        if (consumers.length > 0) {
            outflowM3s += deliver(h, next, qin - outflowM3s, demand, dt);
        }
        boolean over = next >= heightM && qin > outflowM3s;
        levelM = Math.max(0, Math.min(heightM, next));
        if (over != overflow) {
            overflow = over;
            w.emit(over ? EventKind.ALARM_ON : EventKind.ALARM_OFF, index(), ALARM_OVERFLOW);
        }
    }

    /**
     * Hands each consumer its share of what the tank could give this step: the whole demand
     * while water is left, else the stored water plus the inflow. Returns the total delivered.
     */
    private double deliver(double h, double next, double netInflow, double demand, double dt) {
        double fraction = 1;
        if (next < 0 && demand > 0) {
            double available = netInflow + h * areaM2 / dt;
            fraction = Math.max(0, Math.min(1, available / demand));
        }
        for (Consumer c : consumers) {
            c.delivered(c.demandM3s() * fraction);
        }
        return demand * fraction;
    }

    private double rate(double h, double qin, double k) {
        return (qin - k * Math.sqrt(Math.max(0, h))) / areaM2;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"level_m", "inflow_m3s", "outflow_m3s"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = levelM;
        dest[offset + 1] = inflowM3s;
        dest[offset + 2] = outflowM3s;
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("area_m2", Double.toString(areaM2), "height_m", Double.toString(heightM));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putDouble(levelM);
        s.putDouble(inflowM3s);
        s.putDouble(outflowM3s);
        s.putBoolean(overflow);
    }

    @Override
    protected void readState(StateSource s) {
        levelM = s.getDouble();
        inflowM3s = s.getDouble();
        outflowM3s = s.getDouble();
        overflow = s.getBoolean();
    }
}
