package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.BindRig;
import io.simbase.protocol.v1.ClearFault;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.GetResult;
import io.simbase.protocol.v1.InjectFault;
import io.simbase.protocol.v1.JoinClass;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.Resume;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SetInput;
import io.simbase.protocol.v1.Unforce;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every "no" cell of DESIGN.md's role table, plus authentication and argument refusals: each
 * must come back as an {@code error} naming why, and the connection stays usable.
 */
class RoleRefusalTest {
    static ServerFixture f;
    static TestClient teacher;
    static TestClient tech;
    static TestClient ada;
    static TestClient bob;
    static String adaSession;
    static String bobSession;

    @BeforeAll
    static void start() throws Exception {
        f = new ServerFixture(Files.createTempDirectory("simbase-roles"));
        teacher = f.instructor();
        tech = f.technician();
        String code = ServerFixture.openClass(teacher);
        ada = f.student(code, "Ada");
        bob = f.student(code, "Bob");
        adaSession = create(ada);
        bobSession = create(bob);
    }

    @AfterAll
    static void stop() throws Exception {
        for (TestClient c : new TestClient[] {teacher, tech, ada, bob}) {
            c.close();
        }
        f.close();
    }

    static String create(TestClient c) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene("sorting-station")))
                .getSessionCreated().getSessionId();
    }

    static void refused(TestClient c, ClientMessage.Builder m, Error.Code code, String textPart) throws InterruptedException {
        ServerMessage r = c.request(m);
        assertTrue(r.hasError(), "expected a refusal, got " + r.getKindCase());
        assertEquals(code, r.getError().getCode(), r.getError().getText());
        assertTrue(r.getError().getText().contains(textPart), "'" + r.getError().getText() + "' should mention " + textPart);
        assertTrue(!r.getError().getClosing() && !c.isClosed(), "a refusal keeps the connection open");
    }

    static ClientMessage.Builder control(String sid, Control.Action a) {
        return ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid).setAction(a).setTimeScale(2));
    }

    // ---------------------------------------------------------------- student: no

    @Test
    void studentMayNotObserveAnotherStudentsSession() throws Exception {
        refused(ada, ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(bobSession)),
                Error.Code.FORBIDDEN, "student may not observe");
    }

    @Test
    void studentMayNotOperateAnotherStudentsSession() throws Exception {
        refused(ada, ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(bobSession).setTag("belt_run").setValue(1)),
                Error.Code.FORBIDDEN, "student may not operate");
    }

    @Test
    void studentMayNotForceOrUnforceTags() throws Exception {
        refused(ada, ClientMessage.newBuilder().setForce(Force.newBuilder().setSessionId(adaSession).setTag("part_in").setValue(1)),
                Error.Code.FORBIDDEN, "student may not force");
        refused(ada, ClientMessage.newBuilder().setUnforce(Unforce.newBuilder().setSessionId(adaSession).setTag("part_in")),
                Error.Code.FORBIDDEN, "student may not");
    }

    @Test
    void studentMayNotInjectOrClearFaults() throws Exception {
        refused(ada, ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(adaSession)
                .setTarget("part_in").setKind("stuck_on")), Error.Code.FORBIDDEN, "student may not inject faults");
        refused(ada, ClientMessage.newBuilder().setClearFault(ClearFault.newBuilder().setSessionId(adaSession)
                .setTarget("part_in").setKind("stuck_on")), Error.Code.FORBIDDEN, "student may not clear faults");
    }

    @Test
    void studentMayNotPauseResumeResetOrScaleTime() throws Exception {
        refused(ada, control(adaSession, Control.Action.PAUSE), Error.Code.FORBIDDEN, "student may not pause");
        refused(ada, control(adaSession, Control.Action.RESUME), Error.Code.FORBIDDEN, "student may not resume");
        refused(ada, control(adaSession, Control.Action.RESET), Error.Code.FORBIDDEN, "student may not reset");
        refused(ada, control(adaSession, Control.Action.TIME_SCALE), Error.Code.FORBIDDEN, "student may not set time scale");
    }

    @Test
    void studentMayNotBindRigs() throws Exception {
        refused(ada, ClientMessage.newBuilder().setBindRig(BindRig.newBuilder().setSessionId(adaSession).setRig("r")),
                Error.Code.FORBIDDEN, "student may not bind rigs");
        refused(ada, ClientMessage.newBuilder().setUnbindRig(io.simbase.protocol.v1.UnbindRig.newBuilder()
                .setSessionId(adaSession)), Error.Code.FORBIDDEN, "student may not unbind rigs");
    }

    @Test
    void studentMayNotReadAnotherStudentsResults() throws Exception {
        refused(ada, ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(bobSession)),
                Error.Code.FORBIDDEN, "student may not read another user's results");
        assertTrue(ada.ok(ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(adaSession))).hasResult(),
                "but may read their own");
    }

    @Test
    void studentSeesOnlyOwnSessionsInTheList() throws Exception {
        var list = ada.ok(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance())).getSessionList();
        assertTrue(list.getSessionsList().stream().allMatch(s -> s.getSessionId().equals(adaSession)), list.toString());
    }

    @Test
    void studentMayNotOpenAClass() throws Exception {
        refused(ada, ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("x")),
                Error.Code.FORBIDDEN, "student may not open a class");
    }

    // ---------------------------------------------------------------- instructor: no

    @Test
    void instructorMayNotBindRigs() throws Exception {
        refused(teacher, ClientMessage.newBuilder().setBindRig(BindRig.newBuilder().setSessionId(adaSession).setRig("r")),
                Error.Code.FORBIDDEN, "instructor may not bind rigs");
    }

    // ---------------------------------------------------------------- technician: no

    @Test
    void technicianMayNotForceFaultPauseResetOrScaleTime() throws Exception {
        refused(tech, ClientMessage.newBuilder().setForce(Force.newBuilder().setSessionId(adaSession).setTag("part_in").setValue(1)),
                Error.Code.FORBIDDEN, "technician may not force");
        refused(tech, ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(adaSession)
                .setTarget("part_in").setKind("stuck_on")), Error.Code.FORBIDDEN, "technician may not inject faults");
        refused(tech, control(adaSession, Control.Action.PAUSE), Error.Code.FORBIDDEN, "technician may not pause");
        refused(tech, control(adaSession, Control.Action.RESET), Error.Code.FORBIDDEN, "technician may not reset");
        refused(tech, control(adaSession, Control.Action.TIME_SCALE), Error.Code.FORBIDDEN, "technician may not set time scale");
    }

    @Test
    void technicianMayNotReadRecordingsOrResults() throws Exception {
        refused(tech, ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(adaSession)),
                Error.Code.FORBIDDEN, "technician may not read");
    }

    @Test
    void technicianMayObserveAnySessionOfTheClass() throws Exception {
        assertTrue(tech.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(adaSession))).hasFullState());
    }

    // ---------------------------------------------------------------- authentication and arguments

    @Test
    void everyRequestBeforeAuthenticationIsRefused() throws Exception {
        try (TestClient anon = f.connect()) {
            refused(anon, ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene("sorting-station")),
                    Error.Code.NOT_AUTHENTICATED, "not authenticated");
            refused(anon, ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(adaSession)),
                    Error.Code.NOT_AUTHENTICATED, "not authenticated");
            refused(anon, ClientMessage.newBuilder().setLogin(Login.newBuilder().setUsername("teacher").setPassword("wrong-password")),
                    Error.Code.BAD_CREDENTIALS, "wrong password");
            refused(anon, ClientMessage.newBuilder().setLogin(Login.newBuilder().setUsername("nobody").setPassword("whatever1")),
                    Error.Code.BAD_CREDENTIALS, "unknown user");
            refused(anon, ClientMessage.newBuilder().setJoinClass(JoinClass.newBuilder().setCode("ZZZZZZ").setDisplayName("Eve")),
                    Error.Code.UNKNOWN_CLASS, "no open class");
            refused(anon, ClientMessage.newBuilder().setResume(Resume.newBuilder().setToken("forged")),
                    Error.Code.NOT_AUTHENTICATED, "unknown or expired token");
        }
    }

    @Test
    void aTokenResumesTheSamePrincipalOnANewConnection() throws Exception {
        String token = ada.ok(ClientMessage.newBuilder().setResume(Resume.newBuilder().setToken(
                f.connect().request(ClientMessage.newBuilder().setJoinClass(JoinClass.newBuilder()
                        .setCode(f.server.sessions().find(adaSession).classCode()).setDisplayName("Cy"))).getLoggedIn().getToken())))
                .getLoggedIn().getToken();
        assertTrue(!token.isEmpty());
    }

    @Test
    void aStudentsLiveSessionsAreLimited() throws Exception {
        try (TestClient cy = f.student(f.server.sessions().find(adaSession).classCode(), "Cy")) {
            int limit = f.server.config().maxSessionsPerStudent;
            for (int i = 0; i < limit; i++) {
                create(cy);
            }
            refused(cy, ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene("sorting-station")),
                    Error.Code.BUSY, "at most " + limit);
        }
    }

    @Test
    void badArgumentsAreRefusedNamingWhy() throws Exception {
        refused(ada, ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId("nope").setTag("belt_run").setValue(1)),
                Error.Code.UNKNOWN_SESSION, "no live session");
        refused(ada, ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(adaSession).setTag("warp_drive").setValue(1)),
                Error.Code.UNKNOWN_TAG, "no tag 'warp_drive'");
        refused(ada, ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(adaSession).setTag("belt_run").setValue(2)),
                Error.Code.OUT_OF_RANGE, "out of range");
        refused(ada, ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(adaSession).setTag("part_in").setValue(1)),
                Error.Code.NOT_WRITABLE, "sensor");
        refused(ada, ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene("/etc/passwd")),
                Error.Code.UNKNOWN_SCENE, "no bundled scene");
        refused(teacher, control(adaSession, Control.Action.TIME_SCALE).setControl(Control.newBuilder()
                .setSessionId(adaSession).setAction(Control.Action.TIME_SCALE).setTimeScale(50)), Error.Code.OUT_OF_RANGE, "0.1 to 10");
        refused(teacher, ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(adaSession)
                .setTarget("belt_run").setKind("noise")), Error.Code.BAD_REQUEST, "belt_run");
        refused(teacher, ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(adaSession)
                .setTarget("part_in").setKind("gremlins")), Error.Code.BAD_REQUEST, "unknown fault kind");
    }
}
