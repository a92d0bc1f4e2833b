package io.simbase.grading.expr;

/** Resolves the names an expression may use to signal indexes. Used once, when parsing. */
@FunctionalInterface
public interface SignalNames {
    /** The index of the signal of this name, or -1 when there is none. */
    int indexOf(String name);
}
