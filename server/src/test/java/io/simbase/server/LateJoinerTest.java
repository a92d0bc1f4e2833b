package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClearFault;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.InjectFault;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.Unforce;
import io.simbase.protocol.v1.Unobserve;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that starts observing after an instructor forced a tag and injected faults learns
 * them from its full state alone (it never saw their events), and one that joins after they
 * were released sees none.
 */
class LateJoinerTest {
    @TempDir
    Path data;

    private static FullState observe(TestClient c, String sid) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid))).getFullState();
    }

    @Test
    void aLateJoinerSeesTheForcesAndFaultsAppliedBeforeItJoined() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                        .setScene("sorting-station"))).getSessionCreated().getSessionId();
                teacher.ok(ClientMessage.newBuilder().setForce(Force.newBuilder().setSessionId(sid).setTag("part_in").setValue(1)));
                teacher.ok(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(sid)
                        .setTarget("pusher1").setKind("jammed")));
                teacher.ok(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(sid)
                        .setTarget("at_pusher2").setKind("stuck_on")));

                FullState joined = observe(teacher, sid); // staff: a student is not shown forces and silent faults
                List<String> tags = joined.getLayout().getTagsList().stream().map(t -> t.getName()).toList();
                assertEquals(List.of(tags.indexOf("part_in")), joined.getForcedTagsList(), "the forced tag, by index");
                assertEquals(List.of("at_pusher2:stuck_on", "pusher1:jammed"), joined.getActiveFaultsList());
                assertTrue(joined.getLayout().getFaultKindsList().containsAll(List.of("jammed", "stuck_on")),
                        "the layout names the fault kinds events number: " + joined.getLayout().getFaultKindsList());

                teacher.ok(ClientMessage.newBuilder().setUnforce(Unforce.newBuilder().setSessionId(sid).setTag("part_in")));
                teacher.ok(ClientMessage.newBuilder().setClearFault(ClearFault.newBuilder().setSessionId(sid)
                        .setTarget("pusher1").setKind("jammed")));
                teacher.ok(ClientMessage.newBuilder().setUnobserve(Unobserve.newBuilder().setSessionId(sid)));
                FullState later = observe(teacher, sid);
                assertEquals(List.of(), later.getForcedTagsList(), "released before this client joined");
                assertEquals(List.of("at_pusher2:stuck_on"), later.getActiveFaultsList());
            }
        }
    }
}
