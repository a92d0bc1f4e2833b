package io.simbase.server.session;

import io.netty.buffer.ByteBuf;
import io.simbase.protocol.v1.ServerMessage;

/**
 * A client connection as a session sees it. Every method is safe to call from a sim thread
 * and never blocks: sends are handed to the connection's event loop.
 */
public interface ClientLink {
    /** A short id for logs and metrics. */
    String id();

    /** Encodes and sends one message. */
    void send(ServerMessage message);

    /** Sends an already encoded ServerMessage; does not take ownership of {@code encoded}. */
    void sendEncoded(ByteBuf encoded);

    /**
     * Sends a frame's already encoded ServerMessages, events first, either may be null, as
     * one task with one flush. Does not take ownership of the buffers.
     */
    void sendFrame(ByteBuf events, ByteBuf state);

    /** False while the connection's outbound buffer is above its high-water mark. */
    boolean isWritable();

    boolean isOpen();

    /** Bytes queued for this client beyond what it is allowed to lag (0 when writable). */
    long backlogBytes();

    /** Tells the client why with an error, then closes; for a client that cannot keep up. */
    void closeTooSlow(String reason);
}
