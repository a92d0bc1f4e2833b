package io.simbase.server.session;

import io.simbase.engine.core.EventSink;

/**
 * Hears a session's world events and the end of each of its steps on the sim thread, after the
 * session itself ({@link Session#tap}): the OPC UA change feed. Implementations must not block
 * or allocate.
 */
public interface StepTap extends EventSink {
    /** The step has been published. */
    void stepEnded(long step);
}
