package io.simbase.engine.io;

/** The value type of a tag. All values are held as {@code double} in the I/O image. */
public enum TagType {
    /** 0 or 1. */
    BOOL,
    /** A whole number, held exactly in a double (|v| < 2^53). */
    INT,
    /** An engineering value in the tag's unit. */
    REAL;

    /** The lower-case name used in scene files and tables. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code bool}, {@code int} or {@code real}; returns null when unknown. */
    public static TagType parse(String s) {
        switch (s) {
            case "bool": return BOOL;
            case "int": return INT;
            case "real": return REAL;
            default: return null;
        }
    }
}
