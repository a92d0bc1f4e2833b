package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.GetStats;
import io.simbase.protocol.v1.ImportRoster;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.RosterImported;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.StudentLogin;
import io.simbase.server.auth.SignInGuard;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong passwords over real sockets: a student's account is delayed after its free failures
 * (even the right password waits, with the seconds to wait in the reply), another student is
 * not, the delay ends; the staff login is limited the same way; and password checks run off
 * the event loop, so a slow check does not hold up other requests on the same loop.
 */
class SignInLimitsTest {
    @TempDir
    Path data;

    private static ServerMessage student(TestClient c, String code, String number, String password)
            throws InterruptedException {
        return c.request(ClientMessage.newBuilder().setStudentLogin(StudentLogin.newBuilder().setClassCode(code)
                .setStudentNumber(number).setPassword(password)));
    }

    private static ServerMessage staff(TestClient c, String user, String password) throws InterruptedException {
        return c.request(ClientMessage.newBuilder().setLogin(Login.newBuilder().setUsername(user).setPassword(password)));
    }

    private static void assertCode(Error.Code code, ServerMessage m) {
        assertTrue(m.hasError(), "refused: " + m);
        assertEquals(code, m.getError().getCode(), m.getError().getText());
    }

    @Test
    void wrongPasswordsDelayTheAccountNotTheClassAndTheDelayEnds() throws Exception {
        SignInGuard.Limits limits = new SignInGuard.Limits(3, Duration.ofMillis(1500), Duration.ofSeconds(3), 20,
                Duration.ofSeconds(10));
        try (ServerFixture f = new ServerFixture(data, b -> b.signInLimits(limits)); TestClient teacher = f.instructor();
             TestClient attacker = f.connect(); TestClient li = f.connect(); TestClient wang = f.connect()) {
            String code = ServerFixture.openClass(teacher);
            RosterImported roster = teacher.ok(ClientMessage.newBuilder().setImportRoster(ImportRoster.newBuilder()
                    .setClassCode(code).setCsv("2023001,Wang Fang\n2023002,Li Lei\n"))).getRosterImported();
            String wangCode = roster.getStudents(0).getCode();
            String liCode = roster.getStudents(1).getCode();

            for (int i = 0; i < 4; i++) {
                assertCode(Error.Code.BAD_CREDENTIALS, student(attacker, code, "2023001", "guess-" + i));
            }
            ServerMessage delayed = student(wang, code, "2023001", wangCode);
            assertCode(Error.Code.RATE_LIMITED, delayed);
            assertTrue(delayed.getError().getText().contains("too many wrong passwords for this account"),
                    delayed.getError().getText());
            assertEquals(2, delayed.getError().getRetryAfterSeconds(), "1.5 s rounded up");
            assertCode(Error.Code.RATE_LIMITED, student(wang, code, " 2023001 ", wangCode));

            assertTrue(student(li, code, "2023002", liCode).hasLoggedIn(), "another student of the class signs in");

            long until = System.nanoTime() + 10_000_000_000L;
            ServerMessage in;
            do {
                Thread.sleep(250);
                in = student(wang, code, "2023001", wangCode);
            } while (in.hasError() && in.getError().getCode() == Error.Code.RATE_LIMITED && System.nanoTime() < until);
            assertTrue(in.hasLoggedIn(), "the delay ends: " + in);
        }
    }

    @Test
    void staffLoginIsLimitedAndTheAddressRunsDry() throws Exception {
        SignInGuard.Limits limits = new SignInGuard.Limits(2, Duration.ofSeconds(30), Duration.ofSeconds(30), 5,
                Duration.ofMinutes(10));
        try (ServerFixture f = new ServerFixture(data, b -> b.signInLimits(limits)); TestClient c = f.connect()) {
            for (int i = 0; i < 3; i++) {
                assertCode(Error.Code.BAD_CREDENTIALS, staff(c, "teacher", "nope-" + i));
            }
            ServerMessage m = staff(c, "teacher", ServerFixture.INSTRUCTOR_PASSWORD);
            assertCode(Error.Code.RATE_LIMITED, m);
            assertEquals(30, m.getError().getRetryAfterSeconds());
            assertTrue(staff(c, "tech", ServerFixture.TECHNICIAN_PASSWORD).hasLoggedIn(), "another account is not delayed");

            assertCode(Error.Code.BAD_CREDENTIALS, staff(c, "nobody", "x"));
            assertCode(Error.Code.BAD_CREDENTIALS, staff(c, "nobody-else", "x"));
            ServerMessage dry = staff(c, "tech", "wrong-again");
            assertCode(Error.Code.RATE_LIMITED, dry);
            assertTrue(dry.getError().getText().contains("from your computer's address"), dry.getError().getText());
            assertTrue(dry.getError().getRetryAfterSeconds() > 0);
        }
    }

    @Test
    void aSlowPasswordCheckDoesNotHoldUpTheEventLoop() throws Exception {
        // About a second per check here: if the check ran on the (only) event loop, the stats request
        // sent after it on the same connection would be answered after it.
        try (ServerFixture f = new ServerFixture(data, b -> b.ioThreads(1).passwordIterations(3_000_000));
             TestClient c = f.connect()) {
            f.server.users().add("slow", io.simbase.server.auth.Role.INSTRUCTOR, "slow-password-1");
            long loginId = 1_000;
            c.raw().send(ClientMessage.newBuilder().setRequestId(loginId)
                    .setLogin(Login.newBuilder().setUsername("slow").setPassword("slow-password-1")).build());
            ServerMessage stats = c.request(ClientMessage.newBuilder().setGetStats(GetStats.getDefaultInstance()));
            assertCode(Error.Code.NOT_AUTHENTICATED, stats);
            java.util.List<ServerMessage> before = c.received();
            assertTrue(before.stream().noneMatch(m -> m.getRequestId() == loginId),
                    "answered while the password was still being checked");
            assertTrue(c.await(m -> m.getRequestId() == loginId, "login reply").hasLoggedIn());
        }
    }
}
