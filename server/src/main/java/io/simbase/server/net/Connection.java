package io.simbase.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Principal;
import io.simbase.server.net.request.Caller;
import io.simbase.server.session.Session;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket client. Sends are thread-safe (Netty queues them to the channel's event
 * loop); the principal, observed sessions and rate limiter belong to the event loop.
 */
public final class Connection implements Caller {
    private final Channel channel;
    private final String id;
    private final RateLimiter inputs;
    private final Set<Session> observing = new HashSet<>();
    private Principal principal;
    /** Cleared when the channel closes; cheaper for the sim threads than asking the channel. */
    private volatile boolean open = true;
    /** Mirrors the channel's writability, updated by its event loop (one read for the sim threads). */
    private volatile boolean writable = true;

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

    @Override
    public Principal principal() {
        return principal;
    }

    @Override
    public void principal(Principal p) {
        this.principal = p;
    }

    @Override
    public void runOnLoop(Runnable task) {
        channel.eventLoop().execute(task);
    }

    @Override
    public boolean tryAcquireInput(long nowNanos) {
        return inputs.tryAcquire(nowNanos);
    }

    @Override
    public Set<Session> observing() {
        return observing;
    }

    @Override
    public void send(ServerMessage m) {
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(m.toByteArray())), channel.voidPromise());
    }

    @Override
    public void sendFramed(ByteBuf framed) {
        // From a sim thread Netty hands this to the channel's event loop as one task; a ByteBuf
        // goes past the WebSocket frame encoder (it handles frame objects only), and the HTTP
        // codec is gone after the upgrade, so the bytes reach the socket (or TLS) as they are.
        channel.writeAndFlush(framed, channel.voidPromise());
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
        channel.eventLoop().schedule(() -> channel.close(), 1, TimeUnit.SECONDS);
    }

    @Override
    public void fatal(long requestId, Error.Code code, String text) {
        ServerMessage m = ServerMessage.newBuilder().setRequestId(requestId)
                .setError(Error.newBuilder().setCode(code).setText(text).setClosing(true)).build();
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(m.toByteArray())))
                .addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public String localHost() {
        return channel.localAddress() instanceof java.net.InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : "127.0.0.1";
    }

    @Override
    public String remoteHost() {
        return channel.remoteAddress() instanceof java.net.InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : "unknown";
    }
}
