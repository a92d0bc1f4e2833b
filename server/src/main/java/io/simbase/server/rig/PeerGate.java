package io.simbase.server.rig;

import java.net.InetSocketAddress;
import java.util.function.BooleanSupplier;

/**
 * Who may use a Modbus TCP endpoint: whether a peer may connect at all, and, per connection,
 * whether it may write now. Asked on the endpoint's accept thread ({@link #admit}, {@link
 * #writer}) and on each connection's I/O thread (the returned supplier, which must not allocate).
 */
public interface PeerGate {
    /** Whether {@code remote} may connect; a refused peer is disconnected at once. */
    boolean admit(InetSocketAddress remote);

    /** For an admitted connection from {@code remote}: asked before each write request. */
    BooleanSupplier writer(InetSocketAddress remote);
}
