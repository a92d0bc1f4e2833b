package io.simbase.server.net;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.ssl.SslContext;
import io.simbase.server.metrics.ServerMetrics;
import io.simbase.server.net.request.Dispatcher;

/**
 * The pipeline of every accepted connection:
 * <pre>
 * [tls] -> http codec -> http aggregator -> websocket /ws (frames, ping/close, max payload)
 *       -> websocket fragment aggregator -> protobuf (WsHandler) | http (HttpHandler)
 * </pre>
 */
public final class ServerChannels extends ChannelInitializer<SocketChannel> {
    private final WsLimits limits;
    private final SslContext ssl;
    private final Dispatcher requests;
    private final ServerMetrics metrics;
    private final String version;

    /** {@code ssl}: null for plain HTTP and ws://. */
    public ServerChannels(WsLimits limits, SslContext ssl, Dispatcher requests, ServerMetrics metrics, String version) {
        this.limits = limits;
        this.ssl = ssl;
        this.requests = requests;
        this.metrics = metrics;
        this.version = version;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        if (ssl != null) {
            p.addLast("tls", ssl.newHandler(ch.alloc()));
        }
        p.addLast("http", new HttpServerCodec(4096, 8192, limits.maxFrameBytes()));
        p.addLast("http-aggregator", new HttpObjectAggregator(limits.maxFrameBytes()));
        p.addLast("ws", new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                .websocketPath("/ws")
                .handleCloseFrames(true)
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(limits.maxFrameBytes())
                        .allowExtensions(false)
                        .closeOnProtocolViolation(false)
                        .build())
                .build()));
        p.addLast("ws-aggregator", new WebSocketFrameAggregator(limits.maxFrameBytes()));
        p.addLast("protobuf", new WsHandler(requests, metrics, version, limits.inputsPerSecond(), limits.inputBurst()));
        p.addLast("http-files", new HttpHandler(metrics));
    }
}
