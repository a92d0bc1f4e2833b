package io.simbase.engine.core;

/**
 * Receives a world's events synchronously, on the stepping thread, during the step that
 * produced them. Primitive arguments so that reporting allocates nothing; an implementation
 * that hands events to another thread copies them into its own bounded structure.
 */
@FunctionalInterface
public interface EventSink {
    EventSink NONE = (step, kind, subject, value) -> { };

    void onEvent(long step, EventKind kind, int subject, double value);
}
