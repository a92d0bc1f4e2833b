package io.simbase.engine.fault;

import java.util.Locale;

/**
 * Faults an instructor can inject. Tag faults act at the I/O image boundary (what the
 * controller sees, or what the plant receives); component faults act inside a component.
 */
public enum FaultKind {
    /** A sensor reads on (bool 1) / frozen at its value when injected (analog). */
    STUCK_ON(Target.TAG, "sensor stuck on"),
    /** A sensor reads off (bool 0) / its range minimum (analog). */
    STUCK_OFF(Target.TAG, "sensor stuck off"),
    /** A sensor gives no signal: bool 0, analog its range minimum. */
    DEAD(Target.TAG, "sensor dead"),
    /** An analog reading drifts by {@code param} units per second from injection on. */
    DRIFT(Target.TAG, "analog drift"),
    /** Gaussian noise of standard deviation {@code param} units added to an analog reading. */
    NOISE(Target.TAG, "analog noise"),
    /** The wire is cut: the receiving side reads 0 (bool) or its range minimum (analog). */
    WIRE_BREAK(Target.TAG, "wire break"),
    /** The actuator does not move, whatever it is commanded. */
    JAMMED(Target.COMPONENT, "actuator jammed"),
    /** The actuator moves {@code param} times slower (param > 1). */
    SLOW(Target.COMPONENT, "actuator slow"),
    /** The belt transmits only the fraction {@code param} (0..1) of its speed. */
    BELT_SLIP(Target.COMPONENT, "belt slip"),
    /** A valve passes at least the fraction {@code param} (0..1) of full flow, even closed. */
    VALVE_LEAK(Target.COMPONENT, "valve leak");

    /** What a fault is injected on. */
    public enum Target { TAG, COMPONENT }

    private final Target target;
    private final String text;

    FaultKind(Target target, String text) {
        this.target = target;
        this.text = text;
    }

    public Target target() {
        return target;
    }

    /** Human-readable description. */
    public String text() {
        return text;
    }

    /** Lower-case key as used on the command line and the wire, e.g. {@code stuck_on}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a key such as {@code stuck_on} or {@code belt-slip}; null when unknown. */
    public static FaultKind parse(String s) {
        String k = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FaultKind f : values()) {
            if (f.name().equals(k)) {
                return f;
            }
        }
        return null;
    }
}
