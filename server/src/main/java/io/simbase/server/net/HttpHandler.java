package io.simbase.server.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.simbase.server.metrics.ServerMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Plain HTTP on the same port: {@code /healthz}, {@code /metrics} (Prometheus text),
 * {@code /lateness} (step lateness since the previous {@code GET /lateness}) and the
 * dashboard's static files from the classpath folder {@code simbase/web/} (assets module).
 * Requests for {@code /ws} never get here: the WebSocket handler takes them first.
 */
final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "png", "image/png",
            "svg", "image/svg+xml", "ico", "image/x-icon");

    private final ServerMetrics metrics;

    HttpHandler(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        if (!req.decoderResult().isSuccess()) {
            respond(ctx, req, HttpResponseStatus.BAD_REQUEST, "text/plain", "bad request\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (req.method() != HttpMethod.GET && req.method() != HttpMethod.HEAD) {
            respond(ctx, req, HttpResponseStatus.METHOD_NOT_ALLOWED, "text/plain", "GET only\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = req.uri();
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        switch (path) {
            case "/healthz" -> respond(ctx, req, HttpResponseStatus.OK, "text/plain", "ok\n".getBytes(StandardCharsets.UTF_8));
            case "/metrics" -> respond(ctx, req, HttpResponseStatus.OK, "text/plain; version=0.0.4; charset=utf-8",
                    metrics.prometheus().getBytes(StandardCharsets.UTF_8));
            case "/lateness" -> respond(ctx, req, HttpResponseStatus.OK, "text/plain; charset=utf-8",
                    metrics.latenessWindow().getBytes(StandardCharsets.UTF_8));
            default -> staticFile(ctx, req, path.equals("/") ? "/index.html" : path);
        }
    }

    private void staticFile(ChannelHandlerContext ctx, FullHttpRequest req, String path) {
        if (path.contains("..") || path.contains("//") || path.contains("\\")) {
            respond(ctx, req, HttpResponseStatus.NOT_FOUND, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = HttpHandler.class.getClassLoader().getResourceAsStream("simbase/web" + path)) {
            if (in == null) {
                respond(ctx, req, HttpResponseStatus.NOT_FOUND, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            respond(ctx, req, HttpResponseStatus.OK, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
        } catch (IOException e) {
            respond(ctx, req, HttpResponseStatus.INTERNAL_SERVER_ERROR, "text/plain", "read error\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest req, HttpResponseStatus status, String type,
                                byte[] body) {
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                req.method() == HttpMethod.HEAD ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        HttpUtil.setKeepAlive(res, keepAlive);
        var f = ctx.writeAndFlush(res);
        if (!keepAlive) {
            f.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
