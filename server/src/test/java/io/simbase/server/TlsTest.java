package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Optional TLS from a PEM certificate and key: the same port speaks HTTPS. */
class TlsTest {
    @TempDir
    Path dir;

    @Test
    void withACertificateAndKeyTheServerSpeaksTls() throws Exception {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Process p;
        try {
            p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", key.toString(), "-out", cert.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("openssl is missing: run ./scripts/test-deps.sh (Debian's openssl)", e);
        }
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(key), "openssl could not make a test certificate");

        try (SimBaseServer server = SimBaseServer.start(ServerConfig.builder().host("127.0.0.1").port(0)
                .dataDir(dir.resolve("data")).simThreads(1).ioThreads(1).passwordIterations(1000).tls(cert, key).build())) {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            try (SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket("127.0.0.1", server.port())) {
                s.setSoTimeout(10_000);
                s.startHandshake();
                assertTrue(s.getSession().getProtocol().startsWith("TLS"));
                s.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                assertEquals("HTTP/1.1 200 OK", r.readLine());
            }

            // The WebSocket over TLS, as SimClient (tools, the load generator) speaks it.
            io.netty.channel.EventLoopGroup group = new io.netty.channel.MultiThreadIoEventLoopGroup(1,
                    io.netty.channel.nio.NioIoHandler.newFactory());
            try {
                java.util.concurrent.BlockingQueue<io.simbase.protocol.v1.ServerMessage> got =
                        new java.util.concurrent.LinkedBlockingQueue<>();
                java.net.URI wss = java.net.URI.create("wss://localhost:" + server.port() + "/ws");
                try (io.simbase.server.client.SimClient c = io.simbase.server.client.SimClient.connect(group, wss,
                        got::add, 1 << 20, 10_000, 0, io.simbase.server.client.SimClient.tls(cert))) {
                    io.simbase.protocol.v1.ServerMessage first = got.poll(10, TimeUnit.SECONDS);
                    assertTrue(first != null && first.hasWelcome(), "welcome over wss: " + first);
                }
                // Not trusted (the system's authorities did not sign it): the handshake fails.
                Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () ->
                        io.simbase.server.client.SimClient.connect(group, wss, got::add, 1 << 20, 10_000, 0, null).close());
                assertTrue(String.valueOf(e).contains("SSL") || String.valueOf(e.getCause()).contains("SSL")
                        || String.valueOf(e.getCause()).contains("certif") || String.valueOf(e).contains("handshake"),
                        "fails on trust: " + e + " / " + e.getCause());
            } finally {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            }
        }
    }
}
