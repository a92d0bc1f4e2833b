package io.simbase.engine.fault;

import java.util.Locale;

/**
 * The fault names the wire protocol and recordings know, with stable codes (their ordinals).
 * Tag faults act at the I/O image boundary (what the controller sees, or what the plant
 * receives) and are defined here, with the tags they apply to. Component faults act inside a
 * component; which component accepts which, with what parameter, is declared by its type
 * ({@code io.simbase.engine.world.FaultSpec}), not here: the component kinds below only keep
 * their names and codes, and a type may declare names of its own.
 */
public enum FaultKind {
    /** A sensor reads on (bool 1) / frozen at its value when injected (analog). */
    STUCK_ON(Target.TAG, "sensor stuck on", true, false),
    /** A sensor reads off (bool 0) / its range minimum (analog). */
    STUCK_OFF(Target.TAG, "sensor stuck off", true, false),
    /** A sensor gives no signal: bool 0, analog its range minimum. */
    DEAD(Target.TAG, "sensor dead", true, false),
    /** An analog reading drifts by {@code param} units per second from injection on. */
    DRIFT(Target.TAG, "analog drift", true, true),
    /** Gaussian noise of standard deviation {@code param} units added to an analog reading. */
    NOISE(Target.TAG, "analog noise", true, true),
    /** The wire is cut: the receiving side reads 0 (bool) or its range minimum (analog). */
    WIRE_BREAK(Target.TAG, "wire break", false, false),
    /** The actuator does not move, whatever it is commanded (offered by moving component types). */
    JAMMED(Target.COMPONENT, "actuator jammed", false, false),
    /** The actuator moves {@code param} times slower (offered by component types with a travel time). */
    SLOW(Target.COMPONENT, "actuator slow", false, false),
    /** The belt transmits only the fraction {@code param} (0..1) of its speed (offered by belts). */
    BELT_SLIP(Target.COMPONENT, "belt slip", false, false),
    /** A valve passes at least the fraction {@code param} (0..1) of full flow, even closed (offered by valves). */
    VALVE_LEAK(Target.COMPONENT, "valve leak", false, false);

    /** What a fault is injected on. */
    public enum Target { TAG, COMPONENT }

    private final Target target;
    private final String text;
    private final boolean sensorsOnly;
    private final boolean analogOnly;

    FaultKind(Target target, String text, boolean sensorsOnly, boolean analogOnly) {
        this.target = target;
        this.text = text;
        this.sensorsOnly = sensorsOnly;
        this.analogOnly = analogOnly;
    }

    /** A tag fault that applies to sensor tags only (all but the wire break). */
    public boolean sensorsOnly() {
        return sensorsOnly;
    }

    /** A tag fault that needs an analog (int or real) tag. */
    public boolean analogOnly() {
        return analogOnly;
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
