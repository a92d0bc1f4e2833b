package io.simbase.engine.io;

/** Direction of a tag, seen from the controller (the PLC or the student). */
public enum Direction {
    /** Plant to controller: photo eyes, limit switches, level meters, panel buttons. */
    SENSOR,
    /** Controller to plant: belt on, pusher extend, valve opening, pilot lights. */
    ACTUATOR;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code sensor} or {@code actuator}; returns null when unknown. */
    public static Direction parse(String s) {
        switch (s) {
            case "sensor": return SENSOR;
            case "actuator": return ACTUATOR;
            default: return null;
        }
    }
}
