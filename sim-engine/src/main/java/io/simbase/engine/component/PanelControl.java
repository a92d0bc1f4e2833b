package io.simbase.engine.component;

import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;
import java.util.Map;

/**
 * An operator-panel control the student works by hand; its tag is a sensor (the PLC reads it)
 * and takes operator inputs: 1 = pressed for buttons and the emergency stop, the position for
 * a selector, the value for a setpoint.
 * <ul>
 * <li>push button NO: reads 1 while pressed; NC: reads 0 while pressed;</li>
 * <li>emergency stop: NC, latching: pressed (1) stays pressed until released (0), reads 0 then;</li>
 * <li>selector switch: reads its position (bool for two positions, int for more);</li>
 * <li>setpoint (potentiometer): reads the value set, initially {@code initial}.</li>
 * </ul>
 */
public final class PanelControl extends Component {
    /** Kinds of control. */
    public enum Kind { BUTTON_NO, BUTTON_NC, ESTOP, SELECTOR, SETPOINT }

    private final Kind kind;
    private final int tag;
    private final String label;
    private final double initial;

    public PanelControl(String id, Geometry g, Kind kind, int tag, String label, double initial) {
        super(id, kind == Kind.BUTTON_NO || kind == Kind.BUTTON_NC ? "button" : kind.name().toLowerCase(java.util.Locale.ROOT), g);
        this.kind = kind;
        this.tag = tag;
        this.label = label;
        this.initial = initial;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    protected void build(World w) {
        if (kind == Kind.SETPOINT || kind == Kind.SELECTOR) {
            w.setInput(tag, initial);
        }
    }

    @Override
    protected void sense(World w) {
        double op = w.operatorValue(tag);
        switch (kind) {
            case BUTTON_NO:
                w.io().setRaw(tag, op != 0);
                break;
            case BUTTON_NC:
            case ESTOP:
                w.io().setRaw(tag, op == 0);
                break;
            default:
                w.io().setRaw(tag, op);
        }
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("label", label, "kind", kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
