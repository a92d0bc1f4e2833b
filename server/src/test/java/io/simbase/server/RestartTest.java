package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.GetResult;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.cli.ReplayCommand;
import io.simbase.server.record.Recording;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Stopping a server with live sessions ends their recordings cleanly; a new server on the same folder keeps them. */
class RestartTest {
    @TempDir
    Path data;

    @Test
    void recordingsOfSessionsLiveAtShutdownReplayWithTheReplayCommandAfterARestart() throws Exception {
        String recording;
        long stepBeforeStop;
        try (ServerFixture f = new ServerFixture(data)) {
            String code = ServerFixture.openClass(f.instructor());
            TestClient ada = f.student(code, "Ada");
            String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(
                    CreateSession.newBuilder().setScene("sorting-station"))).getSessionCreated().getSessionId();
            ada.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1)));
            SessionResult mid = ada.ok(ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(sid))).getResult();
            recording = mid.getRecording();
            stepBeforeStop = mid.getStep();
            ada.close();
        } // server stops with the session live
        try (ServerFixture again = new ServerFixture(data)) {
            Path file = again.server.sessions().recordingsDir().resolve(recording);
            Recording rec = Recording.read(file);
            List<Recording.Entry> ends = rec.entries().stream().filter(e -> e.kind() == Recording.Kind.END).toList();
            assertEquals(1, ends.size(), "an end record written at shutdown");
            assertTrue(ends.get(0).step() >= stepBeforeStop);

            StringWriter out = new StringWriter();
            int exit = new CommandLine(new ReplayCommand()).setOut(new PrintWriter(out, true))
                    .execute(file.toString(), "--hash");
            assertEquals(0, exit, out.toString());
            String[] lines = out.toString().strip().split("\n");
            assertEquals("hash=" + ends.get(0).hash(), lines[lines.length - 1]);
            assertTrue(lines[0].contains("ended=true"), lines[0]);
            try (Stream<Path> files = java.nio.file.Files.list(again.server.sessions().recordingsDir())) {
                assertEquals(1, files.count(), "the new server did not touch the old recording");
            }
        }
    }
}
