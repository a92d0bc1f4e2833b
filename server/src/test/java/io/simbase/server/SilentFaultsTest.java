package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClearFault;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.EventKind;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.InjectFault;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.Unforce;
import io.simbase.protocol.v1.Unobserve;
import io.simbase.server.client.SessionMirror;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over real WebSockets: an instructor forces a tag, injects a silent fault and an announced one
 * into a student's session. The student's stream never carries a force event, a forced-tag mark
 * or the silent fault (events, full state, session list), but does carry the announced fault and
 * the forced value itself (the plant shows it); its event numbers stay gapless. The instructor,
 * observing the same session, gets everything.
 */
class SilentFaultsTest {
    @TempDir
    Path data;

    private static Set<EventKind> eventKinds(TestClient c) {
        return c.received().stream().filter(ServerMessage::hasEvents)
                .flatMap(m -> m.getEvents().getKindList().stream()).collect(Collectors.toSet());
    }

    private static boolean hasEvent(TestClient c, EventKind k) {
        return eventKinds(c).contains(k);
    }

    @Test
    void aStudentNeverReceivesSilentFaultsOrForcesButDoesReceiveAnAnnouncedFault() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                        .setScene("sorting-station"))).getSessionCreated().getSessionId();
                SessionMirror adaView = ada.mirror(sid);
                ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                SessionMirror teacherView = teacher.mirror(sid);
                teacher.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));

                teacher.ok(ClientMessage.newBuilder().setForce(Force.newBuilder().setSessionId(sid).setTag("part_in").setValue(1)));
                teacher.ok(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(sid)
                        .setTarget("pusher1").setKind("jammed"))); // silent: the default
                teacher.ok(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(sid)
                        .setTarget("at_pusher2").setKind("stuck_on").setAnnounce(true)));

                teacher.until(() -> hasEvent(teacher, EventKind.FORCE_ON) && hasEvent(teacher, EventKind.COMPONENT_FAULT_ON)
                        && hasEvent(teacher, EventKind.TAG_FAULT_ON), "the instructor to see the force and both faults");
                ada.until(() -> hasEvent(ada, EventKind.TAG_FAULT_ON), "the student to see the announced fault");
                ada.until(() -> adaView.synced() && adaView.tag("part_in") == 1, "the forced value, as the plant shows it");

                // Released and cleared: the student sees no trace of that either.
                teacher.ok(ClientMessage.newBuilder().setUnforce(Unforce.newBuilder().setSessionId(sid).setTag("part_in")));
                teacher.ok(ClientMessage.newBuilder().setClearFault(ClearFault.newBuilder().setSessionId(sid)
                        .setTarget("pusher1").setKind("jammed")));
                teacher.ok(ClientMessage.newBuilder().setForce(Force.newBuilder().setSessionId(sid).setTag("metal").setValue(1)));
                teacher.ok(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(sid)
                        .setTarget("pusher2").setKind("jammed")));
                teacher.until(() -> hasEvent(teacher, EventKind.FORCE_OFF) && hasEvent(teacher, EventKind.COMPONENT_FAULT_OFF),
                        "the instructor to see the release and the clear");
                // The student's stream is in step with the instructor's once it has passed the
                // frame the instructor saw the last changes in.
                long seenStep = teacherView.step();
                ada.until(() -> adaView.step() > seenStep, "the student's stream past the same frames");

                Set<EventKind> adaSaw = eventKinds(ada);
                for (EventKind k : List.of(EventKind.FORCE_ON, EventKind.FORCE_OFF, EventKind.COMPONENT_FAULT_ON,
                        EventKind.COMPONENT_FAULT_OFF)) {
                    assertFalse(adaSaw.contains(k), "the student received " + k + ": " + adaSaw);
                }
                assertEquals(0, adaView.eventGaps(), "the student's event numbers are gapless");

                FullState rejoined = rejoin(ada, sid);
                assertEquals(List.of(), rejoined.getForcedTagsList(), "no forced-tag marks for a student");
                assertEquals(List.of("at_pusher2:stuck_on"), rejoined.getActiveFaultsList(), "the announced fault only");
                FullState staff = rejoin(teacher, sid);
                assertTrue(!staff.getForcedTagsList().isEmpty(), "the instructor sees the forced tag");
                assertEquals(List.of("at_pusher2:stuck_on", "pusher2:jammed"), staff.getActiveFaultsList());

                assertEquals(List.of("at_pusher2:stuck_on"), ada.ok(ClientMessage.newBuilder()
                        .setListSessions(ListSessions.newBuilder())).getSessionList().getSessions(0).getActiveFaultsList(),
                        "the student's session list names the announced fault only");
                assertEquals(List.of("at_pusher2:stuck_on", "pusher2:jammed"), teacher.ok(ClientMessage.newBuilder()
                        .setListSessions(ListSessions.newBuilder().setClassCode(code))).getSessionList().getSessions(0)
                        .getActiveFaultsList());
            }
        }
    }

    private static FullState rejoin(TestClient c, String sid) throws InterruptedException {
        c.ok(ClientMessage.newBuilder().setUnobserve(Unobserve.newBuilder().setSessionId(sid)));
        return c.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid))).getFullState();
    }
}
