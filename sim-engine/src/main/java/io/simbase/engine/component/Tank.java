package io.simbase.engine.component;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.EventKind;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;
import java.util.Map;

/**
 * An open vertical tank of constant cross-section {@code areaM2} and height {@code heightM}
 * (the geometry's {@code sizeZ}). Mass balance:
 * <pre>
 *   A dh/dt = Qin - k sqrt(h),   Qin = sum(supply valves) + sum(pumps),
 *                                k   = sum over drain valves of u Cd a sqrt(2 g)
 * </pre>
 * integrated with classical fourth-order Runge-Kutta over each step, inputs held for the step
 * (zero-order hold). The level is clamped to [0, height]; at the top the tank overflows and
 * raises alarm {@value #ALARM_OVERFLOW}.
 */
public final class Tank extends Component {
    /** Alarm code: the tank is overflowing. */
    public static final int ALARM_OVERFLOW = 1;

    private final double areaM2;
    private final double heightM;
    private final String[] inletIds;
    private final String[] outletIds;
    private Valve[] supplies;
    private Pump[] pumps;
    private Valve[] drains;

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

    public double levelM() {
        return levelM;
    }

    public double heightM() {
        return heightM;
    }

    @Override
    protected void build(World w) {
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
        drains = new Valve[outletIds.length];
        for (int i = 0; i < outletIds.length; i++) {
            drains[i] = (Valve) w.component(outletIds[i]);
        }
    }

    @Override
    protected void integrate(World w) {
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
        double dt = w.dtSeconds();
        double h = levelM;
        double k1 = rate(h, qin, k);
        double k2 = rate(h + dt / 2 * k1, qin, k);
        double k3 = rate(h + dt / 2 * k2, qin, k);
        double k4 = rate(h + dt * k3, qin, k);
        double next = h + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        inflowM3s = qin;
        outflowM3s = k * Math.sqrt(Math.max(0, h));
        boolean over = next >= heightM && qin > outflowM3s;
        levelM = Math.max(0, Math.min(heightM, next));
        if (over != overflow) {
            overflow = over;
            w.emit(over ? EventKind.ALARM_ON : EventKind.ALARM_OFF, index(), ALARM_OVERFLOW);
        }
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
    public Map<String, String> properties() {
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
