package io.simbase.engine.schema;

/**
 * A component's settings break a rule its type states in code (one key needs another, a value
 * depends on another's): thrown by a factory, turned by the scene loader into a
 * {@code file:line} error at the key it names (or at the component).
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    ConfigException(String key, String message) {
        super(message, null, false, false);
        this.key = key;
    }

    /** The key the problem is at, or null for the component as a whole. */
    public String key() {
        return key;
    }
}
