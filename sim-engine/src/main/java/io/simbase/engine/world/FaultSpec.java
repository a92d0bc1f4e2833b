package io.simbase.engine.world;

/**
 * A component fault a component type offers, e.g. {@code slow} with a factor of at least 1.
 * Declared by the type's registration; a world checks the parameter against
 * [{@code min}, {@code max}] before the component sees it.
 *
 * @param name      the key used on the command line, the wire and in recordings, e.g. {@code jammed}
 * @param text      human-readable description
 * @param parameter what the parameter means, e.g. {@code a factor >= 1}; empty when it has none
 * @param min       the smallest parameter accepted (inclusive)
 * @param max       the largest parameter accepted (inclusive)
 */
public record FaultSpec(String name, String text, String parameter, double min, double max) {

    /** A fault without a parameter (any value is accepted and ignored). */
    public static FaultSpec of(String name, String text) {
        return new FaultSpec(name, text, "", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A fault whose parameter must lie in [min, max]; {@code parameter} says what it is. */
    public static FaultSpec of(String name, String text, String parameter, double min, double max) {
        return new FaultSpec(name, text, parameter, min, max);
    }

    /** Whether the parameter is accepted (NaN never is, unless the fault takes none). */
    public boolean accepts(double param) {
        return parameter.isEmpty() || (param >= min && param <= max);
    }
}
