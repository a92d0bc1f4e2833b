package io.simbase.server.net;

import com.google.protobuf.InvalidProtocolBufferException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.Welcome;
import io.simbase.server.metrics.ServerMetrics;
import io.simbase.server.net.request.Dispatcher;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;

/**
 * The protobuf layer of one WebSocket connection: binary frames to {@link ClientMessage},
 * and every violation of the protocol through {@link #violation}, which answers with an
 * {@code error} and closes this connection only. Runs on the connection's event loop.
 */
final class WsHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    static final int PROTOCOL_VERSION = 1;

    private final Dispatcher requests;
    private final ServerMetrics metrics;
    private final String serverVersion;
    private final double inputsPerSecond;
    private final int inputBurst;
    private Connection conn;
    /** Set after a protocol violation: nothing more is read from this connection. */
    private boolean dead;

    WsHandler(Dispatcher requests, ServerMetrics metrics, String serverVersion, double inputsPerSecond, int inputBurst) {
        this.requests = requests;
        this.metrics = metrics;
        this.serverVersion = serverVersion;
        this.inputsPerSecond = inputsPerSecond;
        this.inputBurst = inputBurst;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            conn = new Connection(ctx.channel(), new RateLimiter(inputsPerSecond, inputBurst));
            metrics.connections.incrementAndGet();
            conn.send(ServerMessage.newBuilder().setWelcome(Welcome.newBuilder()
                    .setServerVersion(serverVersion).setProtocolVersion(PROTOCOL_VERSION)).build());
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (conn == null || dead) {
            return;
        }
        if (!(frame instanceof BinaryWebSocketFrame)) {
            violation(Error.Code.UNKNOWN_MESSAGE, "only binary frames carrying simbase.v1.ClientMessage are accepted");
            return;
        }
        ByteBuf b = frame.content();
        ClientMessage m;
        try {
            m = ClientMessage.parseFrom(b.nioBuffer());
        } catch (InvalidProtocolBufferException e) {
            violation(Error.Code.MALFORMED, "malformed simbase.v1.ClientMessage: " + e.getMessage());
            return;
        }
        if (m.getKindCase() == ClientMessage.KindCase.KIND_NOT_SET) {
            violation(Error.Code.UNKNOWN_MESSAGE, "ClientMessage with no known kind set (unknown field or empty message)");
            return;
        }
        metrics.messagesIn.incrementAndGet();
        requests.dispatch(conn, m);
    }

    private void violation(Error.Code code, String text) {
        metrics.connectionErrors.incrementAndGet();
        dead = true;
        conn.fatal(0, code, text);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (conn != null && !dead && (cause instanceof CorruptedWebSocketFrameException || cause instanceof TooLongFrameException)) {
            boolean tooBig = cause instanceof TooLongFrameException
                    || (cause instanceof CorruptedWebSocketFrameException c
                        && c.closeStatus() != null && c.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code());
            violation(tooBig ? Error.Code.TOO_LARGE : Error.Code.MALFORMED,
                    (tooBig ? "frame too large: " : "bad WebSocket frame: ") + cause.getMessage());
            return;
        }
        metrics.connectionErrors.incrementAndGet();
        ctx.close();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (conn != null) {
            conn.writabilityChanged();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        Connection c = conn;
        if (c != null) {
            metrics.connections.decrementAndGet();
            for (Session s : c.observing()) {
                s.submit(new SessionCommand.Unobserve(c), CommandReply.NONE);
            }
            c.observing().clear();
        }
        super.channelInactive(ctx);
    }
}
