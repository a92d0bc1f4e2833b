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
import io.simbase.server.ServerConfig;
import io.simbase.server.auth.ClassRegistry;
import io.simbase.server.auth.Tokens;
import io.simbase.server.auth.UserStore;
import io.simbase.server.metrics.ServerMetrics;
import io.simbase.server.net.request.Dispatcher;
import io.simbase.server.net.request.Services;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.SessionRegistry;
import java.util.concurrent.Executor;

/**
 * The pipeline of every accepted connection:
 * <pre>
 * [tls] -> http codec -> http aggregator -> websocket /ws (frames, ping/close, max payload)
 *       -> websocket fragment aggregator -> protobuf (WsHandler) | http (HttpHandler)
 * </pre>
 */
public final class ServerChannels extends ChannelInitializer<SocketChannel> {
    private final ServerConfig config;
    private final SslContext ssl;
    private final Dispatcher requests;
    private final ServerMetrics metrics;
    private final String version;

    public ServerChannels(ServerConfig config, SslContext ssl, SessionRegistry sessions, UserStore users,
                          Tokens tokens, ClassRegistry classes, ServerMetrics metrics, Executor authExecutor,
                          RigBindings rigs, String version) {
        this.config = config;
        this.ssl = ssl;
        this.metrics = metrics;
        this.version = version;
        this.requests = new Dispatcher(new Services(sessions, users, tokens, classes, metrics, authExecutor, rigs,
                config.maxSessionsPerStudent, config.capacityLatenessMillis));
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        if (ssl != null) {
            p.addLast("tls", ssl.newHandler(ch.alloc()));
        }
        p.addLast("http", new HttpServerCodec(4096, 8192, config.maxFrameBytes));
        p.addLast("http-aggregator", new HttpObjectAggregator(config.maxFrameBytes));
        p.addLast("ws", new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                .websocketPath("/ws")
                .handleCloseFrames(true)
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(config.maxFrameBytes)
                        .allowExtensions(false)
                        .closeOnProtocolViolation(false)
                        .build())
                .build()));
        p.addLast("ws-aggregator", new WebSocketFrameAggregator(config.maxFrameBytes));
        p.addLast("protobuf", new WsHandler(requests, metrics, version, config.inputsPerSecond, config.inputBurst));
        p.addLast("http-files", new HttpHandler(metrics));
    }
}
