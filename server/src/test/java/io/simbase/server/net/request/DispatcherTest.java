package io.simbase.server.net.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionRegistry;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher's checks, in their order, without sockets: a stub caller and a real session registry. */
class DispatcherTest {
    @TempDir
    Path dir;

    private SessionRegistry sessions;
    private Dispatcher dispatcher;
    private Session adas;

    /** A caller that keeps what it is sent. */
    private static final class StubCaller implements Caller {
        final List<ServerMessage> sent = new CopyOnWriteArrayList<>();
        final Set<Session> observing = new HashSet<>();
        Principal principal;

        StubCaller(Principal p) {
            this.principal = p;
        }

        @Override
        public Principal principal() {
            return principal;
        }

        @Override
        public void principal(Principal p) {
            principal = p;
        }

        @Override
        public void runOnLoop(Runnable task) {
            task.run();
        }

        @Override
        public boolean tryAcquireInput(long nowNanos) {
            return true;
        }

        @Override
        public Set<Session> observing() {
            return observing;
        }

        @Override
        public void fatal(long requestId, Error.Code code, String text) {
            sent.add(Replies.error(requestId, code, text));
        }

        @Override
        public String id() {
            return "stub";
        }

        @Override
        public void send(ServerMessage message) {
            sent.add(message);
        }

        @Override
        public void sendFramed(ByteBuf framed) {
            framed.release();
        }

        @Override
        public boolean isWritable() {
            return true;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public long backlogBytes() {
            return 0;
        }

        @Override
        public void closeTooSlow(String reason) {
        }
    }

    @BeforeEach
    void start() throws Exception {
        sessions = new SessionRegistry(dir, 1, 10, 16, 1 << 20, 10_000_000_000L, System::nanoTime);
        dispatcher = new Dispatcher(new Services(sessions, null, null, null, null, null, null, 3, 0, null, null));
        adas = sessions.create("C", "Ada#0001", Scenes.load("sorting-station"), 1, 30);
    }

    @AfterEach
    void stop() {
        sessions.close();
    }

    private static ClientMessage setInput(String sid) {
        return ClientMessage.newBuilder().setRequestId(7).setSetInput(SetInput.newBuilder().setSessionId(sid)
                .setTag("belt_run").setValue(1)).build();
    }

    private static ClientMessage force(String sid) {
        return ClientMessage.newBuilder().setRequestId(8).setForce(Force.newBuilder().setSessionId(sid)
                .setTag("part_in").setValue(1)).build();
    }

    private static ServerMessage only(StubCaller c) {
        assertEquals(1, c.sent.size(), c.sent.toString());
        return c.sent.get(0);
    }

    private static void refused(StubCaller c, long requestId, Error.Code code, String text) {
        ServerMessage m = only(c);
        assertEquals(requestId, m.getRequestId());
        assertEquals(code, m.getError().getCode(), m.toString());
        assertTrue(m.getError().getText().contains(text), m.getError().getText());
    }

    private static void awaitReply(StubCaller c) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (c.sent.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }

    @Test
    void authenticationIsCheckedFirst() {
        StubCaller anon = new StubCaller(null);
        dispatcher.dispatch(anon, force("no-such-session"));
        refused(anon, 8, Error.Code.NOT_AUTHENTICATED, "not authenticated");
    }

    @Test
    void aRoleWithoutTheCapabilityIsRefusedBeforeTheSessionIsLookedUp() {
        StubCaller bob = new StubCaller(new Principal("Bob#0002", Role.STUDENT, "C"));
        dispatcher.dispatch(bob, force("no-such-session"));
        refused(bob, 8, Error.Code.FORBIDDEN, "a student may not force tags");
    }

    @Test
    void aRoleWithTheCapabilityLearnsTheSessionIsUnknown() {
        StubCaller bob = new StubCaller(new Principal("Bob#0002", Role.STUDENT, "C"));
        dispatcher.dispatch(bob, setInput("no-such-session"));
        refused(bob, 7, Error.Code.UNKNOWN_SESSION, "no live session 'no-such-session'");
    }

    @Test
    void aRoleLimitedToItsOwnSessionsIsRefusedOnAnotherUsersAndNothingIsQueued() throws Exception {
        StubCaller bob = new StubCaller(new Principal("Bob#0002", Role.STUDENT, "C"));
        dispatcher.dispatch(bob, setInput(adas.id()));
        refused(bob, 7, Error.Code.FORBIDDEN, "a student may not operate another user's session");
        // The owner's input, queued after, is applied once acknowledged; a queued refused one would be too.
        StubCaller ada = new StubCaller(new Principal("Ada#0001", Role.STUDENT, "C"));
        dispatcher.dispatch(ada, setInput(adas.id()));
        awaitReply(ada);
        assertEquals(1, adas.status().inputs(), "the refused input never reached the session");
    }

    @Test
    void theOwnerAndAnInstructorGetTheirInputsApplied() throws Exception {
        StubCaller ada = new StubCaller(new Principal("Ada#0001", Role.STUDENT, "C"));
        StubCaller teacher = new StubCaller(new Principal("teacher", Role.INSTRUCTOR, ""));
        dispatcher.dispatch(ada, setInput(adas.id()));
        dispatcher.dispatch(teacher, setInput(adas.id()));
        awaitReply(ada);
        awaitReply(teacher);
        assertTrue(only(ada).hasInputAck(), ada.sent.toString());
        assertTrue(only(teacher).hasInputAck(), teacher.sent.toString());
        assertEquals(adas.id(), only(ada).getInputAck().getSessionId());
        assertEquals(2, adas.status().inputs());
    }
}
