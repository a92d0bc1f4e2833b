package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.GetResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user types wrong, and what the command line answers: one line, a hint, nothing lost. */
class CliMistakesTest {
    @TempDir
    Path data;

    @Test
    void aMisspelledOptionIsNamedWithTheNearOneNotReportedAsAMissingRequiredOption() {
        CliRun r = CliRun.run("run", "conveyor-basics", "--second", "60");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("simbase: unknown option --second, did you mean --seconds?"), r.err());
        CliRun far = CliRun.run("run", "conveyor-basics", "--seconds", "1", "--zzzzzz");
        assertEquals(2, far.exit());
        assertTrue(far.err().startsWith("simbase: unknown option --zzzzzz\n")
                || far.err().startsWith("simbase: unknown option --zzzzzz" + System.lineSeparator()), far.err());
    }

    @Test
    void aMisspelledSceneIdSuggestsTheNearOneAndAMissingInputsFileSaysSo() {
        CliRun scene = CliRun.run("run", "sorting-statoin", "--seconds", "1");
        assertEquals(2, scene.exit());
        assertTrue(scene.err().contains("did you mean 'sorting-station'?"), scene.err());
        assertEquals(1, scene.err().strip().lines().count(), "one line: " + scene.err());

        CliRun inputs = CliRun.run("run", "sorting-station", "--seconds", "1", "--inputs", data.resolve("nope.txt").toString());
        assertEquals(2, inputs.exit());
        assertTrue(inputs.err().contains("nope.txt: inputs file does not exist"), inputs.err());
    }

    @Test
    void userListOnAnEmptyDataFolderSaysThereAreNoAccounts() {
        CliRun r = CliRun.run("user", "list", "--data", data.toString());
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no accounts in"), r.err());
    }

    @Test
    void serveOnATakenPortFailsBeforeCreatingAccountsSoThePasswordsAreNotLost() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = CliRun.run("serve", "--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()),
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
            CliRun second = CliRun.run("serve", "--host", "127.0.0.1", "--port", "0", "--data", data.toString());
            assertEquals(2, second.exit());
            assertTrue(second.err().contains("another SimBase server is using the data folder"), second.err());

            String code = ServerFixture.openClass(f.instructor());
            TestClient ada = f.student(code, "Ada");
            String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(
                    CreateSession.newBuilder().setScene("conveyor-basics"))).getSessionCreated().getSessionId();
            String recording = ada.ok(ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(sid)))
                    .getResult().getRecording();
            Path file = f.server.sessions().recordingsDir().resolve(recording);
            CliRun replay = CliRun.run("replay", file.toString());
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
        CliRun ports = CliRun.run("serve", "--port", "0", "--data", data.toString(), "--plc-ports", "5199-5100");
        assertEquals(2, ports.exit());
        assertEquals("simbase: --plc-ports must be a range within 1-65535 with FIRST <= LAST, got '5199-5100'",
                ports.err().strip());
        CliRun allow = CliRun.run("serve", "--port", "0", "--data", data.toString(), "--plc-allow", "10.0.0.0/8",
                "--plc-allow", "lab-net");
        assertEquals(2, allow.exit());
        assertEquals("simbase: --plc-allow must be an address or CIDR network like 10.0.0.0/8, got 'lab-net'",
                allow.err().strip());
        assertFalse(allow.out().contains("password"), "nothing started: " + allow.out());
    }
}
