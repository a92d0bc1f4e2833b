package io.simbase.engine.state;

/** Reads back what a {@link StateSink} was given, in the same order. */
public interface StateSource {
    long getLong();

    double getDouble();

    default int getInt() {
        return (int) getLong();
    }

    default boolean getBoolean() {
        return getLong() != 0;
    }
}
