package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.GetResult;
import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user types wrong, and what the command line answers: one line, a hint, nothing lost. */
class CliMistakesTest {
    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aMisspelledOptionIsNamedWithTheNearOneNotReportedAsAMissingRequiredOption() {
        Run r = run("run", "conveyor-basics", "--second", "60");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("simbase: unknown option --second, did you mean --seconds?"), r.err());
        Run far = run("run", "conveyor-basics", "--seconds", "1", "--zzzzzz");
        assertEquals(2, far.exit());
        assertTrue(far.err().startsWith("simbase: unknown option --zzzzzz\n")
                || far.err().startsWith("simbase: unknown option --zzzzzz" + System.lineSeparator()), far.err());
    }

    @Test
    void aMisspelledSceneIdSuggestsTheNearOneAndAMissingInputsFileSaysSo() {
        Run scene = run("run", "sorting-statoin", "--seconds", "1");
        assertEquals(2, scene.exit());
        assertTrue(scene.err().contains("did you mean 'sorting-station'?"), scene.err());
        assertEquals(1, scene.err().strip().lines().count(), "one line: " + scene.err());

        Run inputs = run("run", "sorting-station", "--seconds", "1", "--inputs", data.resolve("nope.txt").toString());
        assertEquals(2, inputs.exit());
        assertTrue(inputs.err().contains("nope.txt: inputs file does not exist"), inputs.err());
    }

    @Test
    void userListOnAnEmptyDataFolderSaysThereAreNoAccounts() {
        Run r = run("user", "list", "--data", data.toString());
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no accounts in"), r.err());
    }

    @Test
    void serveOnATakenPortFailsBeforeCreatingAccountsSoThePasswordsAreNotLost() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()),
                    "--data", data.toString());
            assertEquals(2, r.exit());
            assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
            assertFalse(r.out().contains("password"), "no passwords printed for a server that did not start: " + r.out());
        }
        Path users = data.resolve("users.txt");
        assertTrue(!Files.exists(users) || Files.readString(users).lines().noneMatch(l -> l.contains("instructor")),
                "no account was created");
    }

    @Test
    void aSecondServerOnTheSameDataFolderIsRefusedAndAReplayOfALiveRecordingSaysItIsLive() throws Exception {
        try (ServerFixture f = new ServerFixture(data)) {
            Run second = run("serve", "--host", "127.0.0.1", "--port", "0", "--data", data.toString());
            assertEquals(2, second.exit());
            assertTrue(second.err().contains("another SimBase server is using the data folder"), second.err());

            String code = ServerFixture.openClass(f.instructor());
            TestClient ada = f.student(code, "Ada");
            String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(
                    CreateSession.newBuilder().setScene("conveyor-basics"))).getSessionCreated().getSessionId();
            String recording = ada.ok(ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(sid)))
                    .getResult().getRecording();
            Path file = f.server.sessions().recordingsDir().resolve(recording);
            Run replay = run("replay", file.toString());
            assertEquals(0, replay.exit(), replay.err());
            assertTrue(replay.err().contains("is still being written"), replay.err());
            ada.close();
        }
        // The lock goes with the server: a new one starts on the same folder.
        try (ServerFixture again = new ServerFixture(data)) {
            assertTrue(again.server.port() > 0);
        }
    }

    @Test
    void aBadPlcPortRangeOrNetworkIsOneLineAndExit2BeforeAnythingStarts() {
        Run ports = run("serve", "--port", "0", "--data", data.toString(), "--plc-ports", "5199-5100");
        assertEquals(2, ports.exit());
        assertEquals("simbase: --plc-ports must be a range within 1-65535 with FIRST <= LAST, got '5199-5100'",
                ports.err().strip());
        Run allow = run("serve", "--port", "0", "--data", data.toString(), "--plc-allow", "10.0.0.0/8",
                "--plc-allow", "lab-net");
        assertEquals(2, allow.exit());
        assertEquals("simbase: --plc-allow must be an address or CIDR network like 10.0.0.0/8, got 'lab-net'",
                allow.err().strip());
        assertFalse(allow.out().contains("password"), "nothing started: " + allow.out());
    }
}
