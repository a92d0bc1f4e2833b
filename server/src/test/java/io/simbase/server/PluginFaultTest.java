package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneLoader;
import io.simbase.protocol.v1.ClearFault;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.GetResult;
import io.simbase.protocol.v1.InjectFault;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.SessionCommand;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A component type the server has no code for (the engine's test fixture turntable) offers its
 * own fault: the instructor injects and clears it by name over the wire, the full state and the
 * layout name it, a fault the type does not offer is refused with the engine's reason, and the
 * recording replays to the live hash.
 */
class PluginFaultTest {
    @TempDir
    Path data;

    private static Scene turntableScene() throws Exception {
        try (InputStream in = PluginFaultTest.class.getResourceAsStream("/fixture/turntable-demo.yaml")) {
            return SceneLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "turntable-demo.yaml");
        }
    }

    @Test
    void aPluggedInComponentsOwnFaultTravelsOverTheWireAndReplays() throws Exception {
        Scene scene = turntableScene();
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            String sid = f.server.sessions().create(code, "Tom#0001", scene, 7, 30).id();
            teacher.ok(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(sid)
                    .setTarget("table").setKind("turntable_stuck")));

            FullState full = teacher.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)))
                    .getFullState();
            assertEquals(List.of("table:turntable_stuck"), full.getActiveFaultsList());
            assertTrue(full.getLayout().getFaultKindsList().contains("turntable_stuck"), full.getLayout().getFaultKindsList().toString());

            ServerMessage wrong = teacher.request(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder()
                    .setSessionId(sid).setTarget("table").setKind("jammed")));
            assertTrue(wrong.hasError(), "a fault the turntable does not offer");
            assertEquals(Error.Code.BAD_REQUEST, wrong.getError().getCode());
            assertTrue(wrong.getError().getText().contains("jammed"), wrong.getError().getText());

            teacher.ok(ClientMessage.newBuilder().setClearFault(ClearFault.newBuilder().setSessionId(sid)
                    .setTarget("table").setKind("turntable_stuck")));
            SessionResult live = teacher.ok(ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(sid)))
                    .getResult();
            f.server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
            Path file = f.server.sessions().recordingsDir().resolve(live.getRecording());
            long deadline = System.nanoTime() + 10_000_000_000L;
            Recording rec = Recording.read(file);
            while (rec.entries().stream().noneMatch(e -> e.kind() == Recording.Kind.END) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                rec = Recording.read(file);
            }
            Recording.Entry end = rec.entries().stream().filter(e -> e.kind() == Recording.Kind.END).findFirst().orElseThrow();
            assertEquals(2, rec.entries().stream().filter(e -> e.kind() == Recording.Kind.FAULT
                    || e.kind() == Recording.Kind.CLEAR).count(), "inject and clear recorded by name");
            assertEquals(end.hash(), Replayer.replay(rec, scene, file.toString()).hashHex());
        }
    }
}
