package io.simbase.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Principal;
import io.simbase.server.session.ClientLink;
import io.simbase.server.session.Session;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket client. Sends are thread-safe (Netty queues them to the channel's event
 * loop); the principal, observed sessions and rate limiter belong to the event loop.
 */
public final class Connection implements ClientLink {
    private final Channel channel;
    private final String id;
    private final RateLimiter inputs;
    private Principal principal;
    /** Cleared when the channel closes; cheaper for the sim threads than asking the channel. */
    private volatile boolean open = true;
    /** Mirrors the channel's writability, updated by its event loop (one read for the sim threads). */
    private volatile boolean writable = true;
    final Set<Session> observing = new HashSet<>();

    Connection(Channel channel, RateLimiter inputs) {
        this.channel = channel;
        this.id = channel.id().asShortText();
        this.inputs = inputs;
        channel.closeFuture().addListener(f -> open = false);
    }

    @Override
    public String id() {
        return id;
    }

    Principal principal() {
        return principal;
    }

    void principal(Principal p) {
        this.principal = p;
    }

    /** Runs {@code task} on this connection's event loop. */
    void runOnLoop(Runnable task) {
        channel.eventLoop().execute(task);
    }

    RateLimiter inputs() {
        return inputs;
    }

    @Override
    public void send(ServerMessage m) {
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(m.toByteArray())), channel.voidPromise());
    }

    @Override
    public void sendEncoded(ByteBuf encoded) {
        channel.writeAndFlush(new BinaryWebSocketFrame(encoded.retainedDuplicate()), channel.voidPromise());
    }

    @Override
    public void sendFrame(ByteBuf events, ByteBuf state) {
        ByteBuf e = events == null ? null : events.retainedDuplicate();
        ByteBuf s = state == null ? null : state.retainedDuplicate();
        channel.eventLoop().execute(() -> {
            // Both messages as finished WebSocket frames in one buffer: one outbound entry, one
            // write, and no pass through the frame encoder (which handles WebSocketFrame
            // objects only; a ByteBuf goes past it, and the HTTP codec is gone after the upgrade).
            int size = (e == null ? 0 : framedSize(e.readableBytes())) + (s == null ? 0 : framedSize(s.readableBytes()));
            ByteBuf out = channel.alloc().directBuffer(size);
            try {
                if (e != null) {
                    writeBinaryFrame(out, e);
                }
                if (s != null) {
                    writeBinaryFrame(out, s);
                }
            } finally {
                if (e != null) {
                    e.release();
                }
                if (s != null) {
                    s.release();
                }
            }
            channel.writeAndFlush(out, channel.voidPromise());
        });
    }

    /** Bytes of a server-to-client (unmasked) binary frame of {@code payload} bytes, RFC 6455 section 5.2. */
    static int framedSize(int payload) {
        return payload + (payload < 126 ? 2 : payload < 65536 ? 4 : 10);
    }

    /** Appends one final, unmasked binary frame carrying {@code payload} (read, not released). */
    static void writeBinaryFrame(ByteBuf out, ByteBuf payload) {
        int n = payload.readableBytes();
        out.writeByte(0x82); // FIN, opcode 2 (binary); no extension bits: none are negotiated
        if (n < 126) {
            out.writeByte(n);
        } else if (n < 65536) {
            out.writeByte(126);
            out.writeShort(n);
        } else {
            out.writeByte(127);
            out.writeLong(n);
        }
        out.writeBytes(payload, payload.readerIndex(), n);
    }

    @Override
    public boolean isWritable() {
        return writable;
    }

    /** Called by the event loop when the channel's writability changes. */
    void writabilityChanged() {
        writable = channel.isWritable();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public long backlogBytes() {
        return channel.bytesBeforeWritable();
    }

    @Override
    public void closeTooSlow(String reason) {
        send(ServerMessage.newBuilder().setError(Error.newBuilder().setCode(Error.Code.TOO_SLOW)
                .setText(reason).setClosing(true)).build());
        // The reason is queued behind the backlog; give it a moment, then close regardless.
        channel.eventLoop().schedule(() -> {
            channel.close();
        }, 1, TimeUnit.SECONDS);
    }

    /** Sends a connection-level error and closes this connection only. */
    void fatal(long requestId, Error.Code code, String text) {
        ServerMessage m = ServerMessage.newBuilder().setRequestId(requestId)
                .setError(Error.newBuilder().setCode(code).setText(text).setClosing(true)).build();
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(m.toByteArray())))
                .addListener(ChannelFutureListener.CLOSE);
    }
}
