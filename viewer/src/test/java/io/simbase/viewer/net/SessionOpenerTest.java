package io.simbase.viewer.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.LoggedIn;
import io.simbase.protocol.v1.SceneList;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionCreated;
import io.simbase.protocol.v1.SessionList;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.protocol.v1.Welcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sign-in and opening conversation, message by message, without a network. */
class SessionOpenerTest {
    private final List<ClientMessage> sent = new ArrayList<>();
    private final SessionOpener student = new SessionOpener(Credentials.student("ABCD", "Ana", "sorting-station"), b -> {
        long id = sent.size() + 1;
        sent.add(b.setRequestId(id).build());
        return id;
    });

    private ClientMessage last() {
        return sent.get(sent.size() - 1);
    }

    private static ServerMessage reply(ClientMessage to, ServerMessage.Builder b) {
        return b.setRequestId(to.getRequestId()).build();
    }

    private static ServerMessage error(ClientMessage to, Error.Code code) {
        return ServerMessage.newBuilder().setRequestId(to.getRequestId())
                .setError(Error.newBuilder().setCode(code).setText(code.name().toLowerCase())).build();
    }

    private static ServerMessage full(String session) {
        return ServerMessage.newBuilder().setFullState(FullState.newBuilder().setSessionId(session)).build();
    }

    private void openFirstTime() {
        student.onMessage(ServerMessage.newBuilder().setWelcome(Welcome.getDefaultInstance()).build());
        assertEquals("ABCD", last().getJoinClass().getCode());
        student.onMessage(reply(last(), ServerMessage.newBuilder().setLoggedIn(
                LoggedIn.newBuilder().setToken("T1").setClassCode("ABCD"))));
        assertTrue(last().hasListSessions());
        student.onMessage(reply(last(), ServerMessage.newBuilder().setSessionList(SessionList.getDefaultInstance())));
        assertEquals("sorting-station", last().getCreateSession().getScene());
        student.onMessage(reply(last(), ServerMessage.newBuilder().setSessionCreated(
                SessionCreated.newBuilder().setSessionId("S1"))));
        assertEquals("S1", last().getObserve().getSessionId());
        assertFalse(student.onMessage(full("OTHER")), "another session's state is not ours");
        assertTrue(student.onMessage(full("S1")));
        assertEquals(LinkState.LIVE, student.state());
    }

    @Test
    void aStudentJoinsCreatesAndObserves() {
        openFirstTime();
        student.pollStatus();
        assertEquals("ABCD", last().getListSessions().getClassCode());
        student.onMessage(reply(last(), ServerMessage.newBuilder().setSessionList(SessionList.newBuilder()
                .addSessions(SessionSummary.newBuilder().setSessionId("S1").setTimeScale(2)))));
        assertEquals(2.0, student.timeScale());
        assertEquals(LinkState.LIVE, student.state(), "a status reply does not reopen anything");
    }

    @Test
    void afterAReconnectItResumesAndReopensASessionTheServerForgot() {
        openFirstTime();
        student.transport(LinkState.RECONNECTING, "connection lost");
        student.onMessage(ServerMessage.newBuilder().setWelcome(Welcome.getDefaultInstance()).build());
        assertEquals("T1", last().getResume().getToken());
        student.onMessage(reply(last(), ServerMessage.newBuilder().setLoggedIn(LoggedIn.newBuilder().setToken("T2"))));
        assertEquals("S1", last().getObserve().getSessionId(), "the same session first");
        student.onMessage(error(last(), Error.Code.UNKNOWN_SESSION));
        assertTrue(last().hasListSessions(), "then the own sessions");
        student.onMessage(reply(last(), ServerMessage.newBuilder().setSessionList(SessionList.newBuilder()
                .addSessions(SessionSummary.newBuilder().setSessionId("S9").setScene("sorting-station")))));
        assertEquals("S9", last().getObserve().getSessionId());
        assertTrue(student.onMessage(full("S9")));
        assertEquals(LinkState.LIVE, student.state());
    }

    @Test
    void anExpiredTokenSignsInAgainButABadClassCodeIsFinal() {
        openFirstTime();
        student.onMessage(ServerMessage.newBuilder().setWelcome(Welcome.getDefaultInstance()).build());
        student.onMessage(error(last(), Error.Code.NOT_AUTHENTICATED));
        assertEquals("ABCD", last().getJoinClass().getCode(), "resume refused: join again");
        student.onMessage(error(last(), Error.Code.UNKNOWN_CLASS));
        assertEquals(LinkState.REFUSED, student.state());
        assertEquals("unknown_class", student.lastError());
        student.transport(LinkState.RECONNECTING, "x");
        assertEquals(LinkState.REFUSED, student.state(), "refused stays refused");
    }

    @Test
    void aStudentWithoutASceneChoosesOnTheStartScreenAndResumesTheOwnSessionOfIt() {
        List<ClientMessage> out = new ArrayList<>();
        SessionOpener o = new SessionOpener(Credentials.student("ABCD", "Ana", null), b -> {
            out.add(b.setRequestId(out.size() + 1).build());
            return out.size();
        });
        o.onMessage(ServerMessage.newBuilder().setWelcome(Welcome.getDefaultInstance()).build());
        o.onMessage(reply(out.get(out.size() - 1), ServerMessage.newBuilder().setLoggedIn(LoggedIn.newBuilder().setToken("T"))));
        SessionList own = SessionList.newBuilder()
                .addSessions(SessionSummary.newBuilder().setSessionId("S-tank").setScene("tank-level")).build();
        o.onMessage(reply(out.get(out.size() - 1), ServerMessage.newBuilder().setSessionList(own)));
        assertEquals(LinkState.CHOOSING, o.state(), "no scene named: the start screen, even with a session of another scene");
        assertTrue(out.get(out.size() - 1).hasListScenes());
        SceneList scenes = SceneList.newBuilder().addScenes(SceneList.Scene.newBuilder().setId("tank-level")).build();
        o.onMessage(reply(out.get(out.size() - 1), ServerMessage.newBuilder().setSceneList(scenes)));
        assertEquals(scenes, o.sceneList());

        o.choose("tank-level");
        assertEquals(LinkState.OPENING, o.state());
        assertTrue(out.get(out.size() - 1).hasListSessions());
        o.onMessage(reply(out.get(out.size() - 1), ServerMessage.newBuilder().setSessionList(own)));
        assertEquals("S-tank", out.get(out.size() - 1).getObserve().getSessionId(), "the own session of the chosen scene");

        o.choose("sorting-station");
        assertEquals("S-tank", out.get(out.size() - 1).getObserve().getSessionId(), "a choice counts only on the start screen");
    }
}
