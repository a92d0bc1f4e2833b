package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.Peers;
import io.simbase.engine.scene.Scenes;
import io.simbase.opcua.PlantServerOptions;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.opcua.OpcUaSessions;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import io.simbase.server.rig.NodeOpcUaClient;
import io.simbase.server.session.CommandResult;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --opcua-port}: a real server with live sessions, its OPC UA side driven by
 * node-opcua (an independent stack) signing in with SimBase's accounts and tokens.
 */
class ServeOpcUaTest {
    @TempDir
    Path tmp;

    @Test
    void studentsSeeAndWriteOnlyTheirOwnSessionInstructorsReadTheClassAndTheWriteReplaysToTheLiveHash()
            throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        try (ServerFixture f = new ServerFixture(tmp.resolve("data"))) {
            SimBaseServer server = f.server;
            String code = server.classes().open("PLC 1", "teacher").code();
            String amyToken = server.tokens().issue(new Principal("amy#0a", Role.STUDENT, code));
            String bobToken = server.tokens().issue(new Principal("bob#0b", Role.STUDENT, code));
            var scene = server.sessions().scene("conveyor-basics");
            Session amy = server.sessions().create(code, "amy#0a", scene, 7, 30);
            Session bob = server.sessions().create(code, "bob#0b", scene, 7, 30);
            int port = NodeOpcUaClient.freePort();
            NodeOpcUaClient client = new NodeOpcUaClient(port, tmp.resolve("client-pki"));
            String amyPath = code + "/amy#0a/" + amy.id();
            String bobPath = code + "/bob#0b/" + bob.id();
            try (OpcUaSessions opcua = OpcUaSessions.start(server,
                    new PlantServerOptions("127.0.0.1", port, tmp.resolve("data"), true, false, 10_000), log::add)) {
                assertEquals(2, opcua.sessions());

                // a wrong password and anonymous sign-in are refused
                Peers.Result wrong = client.run(60_000, "None", "--user", "amy", "--password", "not-a-token", "tree");
                assertEquals(3, wrong.exitCode(), wrong.toString());
                assertTrue(log.stream().anyMatch(l -> l.startsWith("opcua: sign-in refused for 'amy'")), log.toString());
                Peers.Result anonymous = client.run(60_000, "None", "tree");
                assertEquals(3, anonymous.exitCode(), anonymous.toString());

                // Bob (his name without the server's #suffix, his class-join token as the password)
                // sees only his own session; Amy's nodes are unknown to him, even by node id
                Peers.Result b = client.run(60_000, "None", "--user", "bob", "--password", bobToken, "tree",
                        "readid", amy.id() + "/belt_run", "writeid", amy.id() + "/belt_run", "Boolean", "true",
                        "readid", bob.id() + "/belt_run");
                assertEquals(0, b.exitCode(), b.toString());
                assertEquals(List.of(bobPath), NodeOpcUaClient.lines(b, "session"));
                assertEquals(List.of(amy.id() + "/belt_run BadNodeIdUnknown", bob.id() + "/belt_run Good"),
                        NodeOpcUaClient.lines(b, "readid"));
                assertEquals(List.of(amy.id() + "/belt_run BadNodeIdUnknown"), NodeOpcUaClient.lines(b, "writeid"));

                // the instructor browses the class and reads, but does not write
                Peers.Result t = client.run(60_000, "None", "--user", "teacher", "--password",
                        ServerFixture.INSTRUCTOR_PASSWORD, "tree", "readid", amy.id() + "/belt_run",
                        "writeid", amy.id() + "/belt_run", "Boolean", "true");
                assertEquals(0, t.exitCode(), t.toString());
                assertEquals(List.of(amyPath, bobPath).stream().sorted().toList(),
                        NodeOpcUaClient.lines(t, "session").stream().sorted().toList());
                assertEquals(List.of(amy.id() + "/belt_run Good"), NodeOpcUaClient.lines(t, "readid"));
                assertEquals(List.of(amy.id() + "/belt_run BadUserAccessDenied"), NodeOpcUaClient.lines(t, "writeid"));

                // Amy runs her belt over OPC UA and watches the parts arrive; while she drives the
                // actuators she is the session's external controller
                CompletableFuture<Peers.Result> run = CompletableFuture.supplyAsync(() -> {
                    try {
                        return client.run(90_000, "None", "--user", "amy", "--password", amyToken,
                                "--session", amyPath, "readall", "write", "belt_run", "Boolean", "true",
                                "watch", "60", "part_at_end", "wait", "500");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                String controller = null;
                for (int i = 0; i < 600 && controller == null && !run.isDone(); i++) {
                    controller = amy.externalController();
                    Thread.sleep(50);
                }
                Peers.Result a = run.get(120, TimeUnit.SECONDS);
                assertEquals(0, a.exitCode(), a.toString());
                assertTrue(controller != null && controller.startsWith("OPC UA client at "), String.valueOf(controller));
                assertNull(bob.externalController());
                assertEquals(List.of("belt_run Good"), NodeOpcUaClient.lines(a, "write"));
                List<String> eye = NodeOpcUaClient.lines(a, "change");
                assertTrue(eye.size() >= 2 && eye.get(0).equals("part_at_end true")
                        && eye.get(1).equals("part_at_end false"), a.toString());
                waitFor(() -> amy.externalController() == null);
                assertTrue(log.stream().anyMatch(l -> l.startsWith("comm lost: opcua")), log.toString());

                // closing Amy's session removes her folder; the recording replays to the live hash
                CompletableFuture<CommandResult> closed = new CompletableFuture<>();
                assertTrue(amy.submit(new SessionCommand.Close(null), closed::complete));
                CommandResult.Summary live = (CommandResult.Summary) closed.get(10, TimeUnit.SECONDS);
                waitFor(() -> opcua.sessions() == 1);
                Path file = tmp.resolve("data").resolve("recordings").resolve(live.recording());
                Recording recording = Recording.read(file);
                Replayer.Result replay = Replayer.replay(recording, Scenes.load("conveyor-basics"), file.toString());
                assertEquals(live.stateHash(), replay.hash());
                assertEquals(live.step(), replay.step());
                int belt = scene.layout().indexOf("belt_run");
                assertEquals(List.of(1.0, 0.0), recording.entries().stream()
                        .filter(e -> e.kind() == Recording.Kind.INPUT && e.tag() == belt).map(Recording.Entry::value)
                        .toList(), "the OPC UA write and the comm-loss safe state are recorded as inputs");
                assertNotEquals(0, live.step());
            }
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "condition not met within 10 s");
    }
}
