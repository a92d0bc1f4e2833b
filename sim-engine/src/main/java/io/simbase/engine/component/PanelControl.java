package io.simbase.engine.component;

import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
public final class PanelControl extends Component implements SensePhase {
    /** The scene-file type {@code button}. */
    public static final ComponentType BUTTON = ComponentType.builder("button",
                    "a push button; operator input 1 = pressed")
            .optionalAt("")
            .operatedTag("tag", "", TagType.BOOL)
            .choice("contact", List.of("no", "nc"), "normally open or closed")
            .text("label", null, "")
            .text("label_zh", "", "the label in Chinese (optional)")
            .factory(c -> new PanelControl(c.id(), Placement.small(c, 0.04),
                    c.text("contact").equals("no") ? Kind.BUTTON_NO : Kind.BUTTON_NC, c.tag("tag"), c.text("label"), 0,
                    c.text("label_zh")))
            .build();
    /** The scene-file type {@code estop}. */
    public static final ComponentType ESTOP = ComponentType.builder("estop", "an emergency stop: NC, latching")
            .optionalAt("")
            .operatedTag("tag", "", TagType.BOOL)
            .text("label", null, "")
            .text("label_zh", "", "the label in Chinese (optional)")
            .factory(c -> new PanelControl(c.id(), Placement.small(c, 0.04), Kind.ESTOP, c.tag("tag"), c.text("label"), 0,
                    c.text("label_zh")))
            .build();
    /** The scene-file type {@code selector}. */
    public static final ComponentType SELECTOR = ComponentType.builder("selector",
                    "a selector switch; the operator sets its position")
            .optionalAt("")
            .operatedTag("tag", "bool for two positions, int for more")
            .number("initial", 0, 0, 65535, "start position")
            .text("label", null, "")
            .text("label_zh", "", "the label in Chinese (optional)")
            .factory(c -> new PanelControl(c.id(), Placement.small(c, 0.04), Kind.SELECTOR, c.tag("tag"), c.text("label"),
                    c.number("initial"), c.text("label_zh")))
            .build();
    /** The scene-file type {@code setpoint}. */
    public static final ComponentType SETPOINT = ComponentType.builder("setpoint",
                    "a potentiometer; the operator sets its value")
            .optionalAt("")
            .operatedTag("tag", "", TagType.REAL)
            .number("initial", 0, -1e9, 1e9, "start value")
            .text("label", null, "")
            .text("label_zh", "", "the label in Chinese (optional)")
            .factory(c -> new PanelControl(c.id(), Placement.small(c, 0.04), Kind.SETPOINT, c.tag("tag"), c.text("label"),
                    c.number("initial"), c.text("label_zh")))
            .build();

    /** Kinds of control. */
    public enum Kind { BUTTON_NO, BUTTON_NC, ESTOP, SELECTOR, SETPOINT }

    private final Kind kind;
    private final int tag;
    private final String label;
    private final double initial;
    private final String labelZh;

    public PanelControl(String id, Geometry g, Kind kind, int tag, String label, double initial) {
        this(id, g, kind, tag, label, initial, "");
    }

    /** With the label in Chinese too ({@code labelZh}, empty when none). */
    public PanelControl(String id, Geometry g, Kind kind, int tag, String label, double initial, String labelZh) {
        super(id, kind == Kind.BUTTON_NO || kind == Kind.BUTTON_NC ? "button" : kind.name().toLowerCase(Locale.ROOT), g);
        this.kind = kind;
        this.tag = tag;
        this.label = label;
        this.initial = initial;
        this.labelZh = labelZh == null ? "" : labelZh;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    protected void build(BuildContext w) {
        if (kind == Kind.SETPOINT || kind == Kind.SELECTOR) {
            w.setOperatorValue(tag, initial);
        }
    }

    @Override
    public void sense(SenseContext w) {
        double op = w.operatorValue(tag);
        switch (kind) {
            case BUTTON_NO:
                w.setSensor(tag, op != 0);
                break;
            case BUTTON_NC:
            case ESTOP:
                w.setSensor(tag, op == 0);
                break;
            default:
                w.setSensor(tag, op);
        }
    }

    @Override
    protected Map<String, String> staticProperties() {
        Map<String, String> own = Map.of("label", label, "kind", kind.name().toLowerCase(Locale.ROOT));
        if (labelZh.isEmpty()) {
            return own;
        }
        Map<String, String> all = new HashMap<>(own);
        all.put("label_zh", labelZh);
        return Map.copyOf(all);
    }
}
