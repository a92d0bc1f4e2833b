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

    /**
     * Sends bytes that are already whole WebSocket binary frames ({@link FrameBytes}), as one
     * write; takes ownership of {@code framed} (released once written, or if the connection
     * has closed).
     */
    void sendFramed(ByteBuf framed);

    /** False while the connection's outbound buffer is above its high-water mark. */
    boolean isWritable();

    boolean isOpen();

    /** Bytes queued for this client beyond what it is allowed to lag (0 when writable). */
    long backlogBytes();

    /** Tells the client why with an error, then closes; for a client that cannot keep up. */
    void closeTooSlow(String reason);
}
