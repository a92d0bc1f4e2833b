package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.JoinClass;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL (a separate JVM): every acknowledged input reaches the
 * recording within a second, and the recording replays after the kill.
 */
class KilledServerTest {
    @TempDir
    Path data;

    @Test
    void acknowledgedInputsAreOnDiskWithinASecondAndTheRecordingReplaysAfterAKill() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.simbase.server.cli.Main", "serve",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--data", data.toString(), "--class-code", "KILL1",
                "--capacity-lateness-ms", "0") // this test is about a kill, not about a busy machine
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            awaitHealthy(port, server);
            try (TestClient c = TestClient.connect(group, port)) {
                c.await(m -> m.hasWelcome(), "welcome");
                c.ok(ClientMessage.newBuilder().setJoinClass(JoinClass.newBuilder().setCode("KILL1").setDisplayName("Kim")));
                String sid = c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                        .setScene("sorting-station"))).getSessionCreated().getSessionId();
                long lastStep = -1;
                for (int i = 0; i < 10; i++) {
                    lastStep = c.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid)
                            .setTag("belt_run").setValue((i + 1) & 1))).getInputAck().getStep();
                }
                Path rec;
                try (Stream<Path> files = Files.list(data.resolve("recordings"))) {
                    List<Path> all = files.toList();
                    assertEquals(1, all.size());
                    rec = all.get(0);
                }
                // The contract: an acknowledged input is on disk within a second.
                String lastInput = "in " + lastStep + " ";
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                while (!Files.readString(rec).contains(lastInput)) {
                    if (System.nanoTime() > deadline) {
                        fail("last acknowledged input (step " + lastStep + ") not in the recording a second later");
                    }
                    Thread.onSpinWait();
                }
                server.destroyForcibly(); // SIGKILL: no shutdown hook, no end record
                assertTrue(server.waitFor(10, TimeUnit.SECONDS));

                Recording r = Recording.read(rec);
                assertEquals(10, r.entries().stream().filter(e -> e.kind() == Recording.Kind.INPUT).count());
                assertTrue(r.entries().stream().noneMatch(e -> e.kind() == Recording.Kind.END));
                Replayer.Result res = Replayer.replay(r, Scenes.load(r.scene()), rec.toString());
                assertTrue(res.step() >= lastStep, "replayed past the last input");
            }
        } finally {
            server.destroyForcibly();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private static void awaitHealthy(int port, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                        .timeout(java.time.Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            if (!server.isAlive() || System.nanoTime() > deadline) {
                fail("server did not start");
            }
            Thread.sleep(50);
        }
    }
}
