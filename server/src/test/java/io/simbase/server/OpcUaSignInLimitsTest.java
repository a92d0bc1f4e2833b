package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.Peers;
import io.simbase.opcua.PlantServerOptions;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.SignInGuard;
import io.simbase.server.opcua.OpcUaSessions;
import io.simbase.server.rig.NodeOpcUaClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OPC UA UserName sign-in under the dashboard's wrong-password limits, with node-opcua: after
 * the free failures even the right password is refused for the delay (logged with the wait),
 * a token still signs in (nothing to guess), and a token with another user's name is refused.
 */
class OpcUaSignInLimitsTest {
    @TempDir
    Path tmp;

    @Test
    void wrongPasswordsDelayTheAccountOverOpcUaTooWhileTokensStillSignIn() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        SignInGuard.Limits limits = new SignInGuard.Limits(2, Duration.ofSeconds(60), Duration.ofSeconds(60), 100,
                Duration.ofSeconds(1));
        try (ServerFixture f = new ServerFixture(tmp.resolve("data"), b -> b.signInLimits(limits))) {
            String code = f.server.classes().open("PLC 1", "teacher").code();
            String teacherToken = f.server.tokens().issue(new Principal("teacher", Role.INSTRUCTOR, ""));
            String amyToken = f.server.tokens().issue(new Principal("amy#0a", Role.STUDENT, code));
            int port = NodeOpcUaClient.freePort();
            NodeOpcUaClient client = new NodeOpcUaClient(port, tmp.resolve("client-pki"));
            try (OpcUaSessions opcua = OpcUaSessions.start(f.server,
                    new PlantServerOptions("127.0.0.1", port, tmp.resolve("data"), true, false, 10_000), log::add)) {
                for (int i = 0; i < 3; i++) {
                    Peers.Result wrong = client.run(60_000, "None", "--user", "teacher", "--password", "guess-" + i, "tree");
                    assertEquals(3, wrong.exitCode(), wrong.toString());
                }
                Peers.Result right = client.run(60_000, "None", "--user", "teacher", "--password",
                        ServerFixture.INSTRUCTOR_PASSWORD, "tree");
                assertEquals(3, right.exitCode(), "delayed: " + right);
                assertTrue(log.stream().anyMatch(l -> l.startsWith("opcua: sign-in refused for 'teacher' from 127.0.0.1: "
                        + "too many wrong passwords")), log.toString());

                Peers.Result token = client.run(60_000, "None", "--user", "teacher", "--password", teacherToken, "tree");
                assertEquals(0, token.exitCode(), "a token is not delayed: " + token);

                Peers.Result borrowed = client.run(60_000, "None", "--user", "bob", "--password", amyToken, "tree");
                assertEquals(3, borrowed.exitCode(), borrowed.toString());
                assertTrue(log.stream().anyMatch(l -> l.contains("'bob'") && l.endsWith("the token is someone else's")),
                        log.toString());
            }
        }
    }
}
