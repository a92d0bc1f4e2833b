package io.simbase.server.client;

import com.google.protobuf.InvalidProtocolBufferException;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ServerMessage;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import java.net.URI;
import javax.net.ssl.SSLParameters;
import java.util.concurrent.TimeUnit;

/**
 * A minimal SimBase WebSocket client on Netty, for tests, the load generator and tools.
 * Messages are delivered to the {@link Listener} on the client's event loop, in order.
 */
public final class SimClient implements AutoCloseable {
    /** Receives what the server sends; called on the channel's event loop. */
    public interface Listener {
        void onMessage(ServerMessage m);

        /** The connection closed (either side). */
        default void onClose() {
        }

        /** A frame that is not a valid ServerMessage arrived. */
        default void onUndecodable(Exception e) {
        }
    }

    private final Channel channel;

    private SimClient(Channel channel) {
        this.channel = channel;
    }

    /**
     * Connects to {@code ws://host:port/ws} (or {@code wss://}, trusting the system's certificate
     * authorities) and completes the WebSocket handshake.
     *
     * @param maxFrameBytes largest server frame accepted (full states of big scenes need room)
     * @throws Exception when the connection or handshake fails within {@code timeoutMillis}
     */
    public static SimClient connect(EventLoopGroup group, URI uri, Listener listener, int maxFrameBytes,
                                    long timeoutMillis) throws Exception {
        return connect(group, uri, listener, maxFrameBytes, timeoutMillis, 0);
    }

    /** As {@link #connect(EventLoopGroup, URI, Listener, int, long)}, with SO_RCVBUF set before connecting (0: OS default). */
    public static SimClient connect(EventLoopGroup group, URI uri, Listener listener, int maxFrameBytes,
                                    long timeoutMillis, int receiveBufferBytes) throws Exception {
        return connect(group, uri, listener, maxFrameBytes, timeoutMillis, receiveBufferBytes, null);
    }

    /**
     * TLS settings for {@code wss://} addresses: trust the system's certificate authorities,
     * or only the PEM certificate(s) in {@code trustedCertificates} (a server's self-signed one).
     */
    public static SslContext tls(java.nio.file.Path trustedCertificates) throws javax.net.ssl.SSLException {
        SslContextBuilder b = SslContextBuilder.forClient();
        if (trustedCertificates != null) {
            b.trustManager(trustedCertificates.toFile());
        }
        return b.build();
    }

    /**
     * As above, for {@code ws://} or {@code wss://} addresses; {@code tls} is used for
     * {@code wss} (null: trust the system's certificate authorities), and the server's name
     * in the certificate is checked against the address's host.
     */
    public static SimClient connect(EventLoopGroup group, URI uri, Listener listener, int maxFrameBytes,
                                    long timeoutMillis, int receiveBufferBytes, SslContext tls) throws Exception {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("not a ws:// or wss:// address: " + uri);
        }
        boolean secure = scheme.equals("wss");
        SslContext ssl = secure ? (tls != null ? tls : tls(null)) : null;
        int port = uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80;
        final ChannelPromise[] handshake = new ChannelPromise[1];
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class);
        if (receiveBufferBytes > 0) {
            b.option(ChannelOption.SO_RCVBUF, receiveBufferBytes);
        }
        b
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeoutMillis)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        handshake[0] = ch.newPromise();
                        if (ssl != null) {
                            SslHandler h = ssl.newHandler(ch.alloc(), uri.getHost(), port);
                            SSLParameters params = h.engine().getSSLParameters();
                            params.setEndpointIdentificationAlgorithm("HTTPS"); // the name must match the certificate
                            h.engine().setSSLParameters(params);
                            ch.pipeline().addLast("tls", h);
                        }
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65536),
                                new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder()
                                        .webSocketUri(uri).maxFramePayloadLength(maxFrameBytes)
                                        .handshakeTimeoutMillis(timeoutMillis).build()),
                                new WebSocketFrameAggregator(maxFrameBytes),
                                new Handler(listener, handshake[0]));
                    }
                });
        Channel ch = b.connect(uri.getHost(), port).sync().channel();
        if (!handshake[0].await(timeoutMillis, TimeUnit.MILLISECONDS)) {
            ch.close();
            throw new java.util.concurrent.TimeoutException("WebSocket handshake with " + uri + " timed out");
        }
        if (!handshake[0].isSuccess()) {
            ch.close();
            throw new java.io.IOException("WebSocket handshake with " + uri + " failed", handshake[0].cause());
        }
        return new SimClient(ch);
    }

    public Channel channel() {
        return channel;
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    /** Sends one message (thread-safe). */
    public void send(ClientMessage m) {
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(m.toByteArray())), channel.voidPromise());
    }

    /** Sends raw bytes as one binary frame (tests of bad input). */
    public void sendRaw(byte[] bytes) {
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(bytes)), channel.voidPromise());
    }

    /** Sends a text frame (not part of the protocol; tests of bad input). */
    public void sendText(String s) {
        channel.writeAndFlush(new TextWebSocketFrame(s), channel.voidPromise());
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    private static final class Handler extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final Listener listener;
        private final ChannelPromise handshake;

        Handler(Listener listener, ChannelPromise handshake) {
            this.listener = listener;
            this.handshake = handshake;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                handshake.trySuccess();
            } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                handshake.tryFailure(new java.util.concurrent.TimeoutException("handshake timeout"));
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof BinaryWebSocketFrame) {
                ByteBuf b = frame.content();
                try {
                    listener.onMessage(ServerMessage.parseFrom(b.nioBuffer()));
                } catch (InvalidProtocolBufferException e) {
                    listener.onUndecodable(e);
                }
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            handshake.tryFailure(new java.io.IOException("connection closed"));
            listener.onClose();
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            handshake.tryFailure(cause);
            ctx.close();
        }
    }
}
