package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ImportRoster;
import io.simbase.protocol.v1.InjectFault;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.LoggedIn;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.Resume;
import io.simbase.protocol.v1.RosterImported;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.StudentLogin;
import io.simbase.protocol.v1.StudentRegister;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Students with an identity, over real sockets: an instructor imports a roster (CSV), a student
 * signs in with student number and printed code, a wrong password and instructor messages are
 * refused, a second browser finds the student's session, another student registers with the
 * class code, and after a server restart the roster still signs in while the old session is
 * reported as ended.
 */
class StudentIdentityTest {
    @TempDir
    Path data;

    private static ServerMessage signIn(TestClient c, String code, String number, String password)
            throws InterruptedException {
        return c.request(ClientMessage.newBuilder().setStudentLogin(StudentLogin.newBuilder().setClassCode(code)
                .setStudentNumber(number).setPassword(password)));
    }

    private static void assertRefused(ServerMessage m, Error.Code code, String text) {
        assertTrue(m.hasError(), "refused: " + m);
        assertEquals(code, m.getError().getCode(), m.toString());
        assertTrue(m.getError().getText().contains(text), m.getError().getText());
    }

    @Test
    void rosterSignInSecondBrowserRegisterAndRestart() throws Exception {
        String code;
        String token;
        String sid;
        String wangCode;
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            code = ServerFixture.openClass(teacher);

            ServerMessage bad = teacher.request(ClientMessage.newBuilder().setImportRoster(ImportRoster.newBuilder()
                    .setClassCode(code).setCsv("学号,姓名\n2023001,Wang Fang\n2023002\n")));
            assertRefused(bad, Error.Code.BAD_REQUEST, "roster line 3");

            RosterImported roster = teacher.ok(ClientMessage.newBuilder().setImportRoster(ImportRoster.newBuilder()
                    .setClassCode(code).setCsv("\uFEFF学号,姓名\r\n2023001,Wang Fang\r\n2023002,\"Li, Lei\"\r\n")))
                    .getRosterImported();
            assertEquals(List.of("2023001", "2023002"),
                    roster.getStudentsList().stream().map(RosterImported.Student::getStudentNumber).toList());
            assertEquals("Li, Lei", roster.getStudents(1).getName(), "a quoted name with a comma");
            wangCode = roster.getStudents(0).getCode();
            assertEquals(8, wangCode.length(), "a code to print: " + wangCode);
            assertFalse(wangCode.equals(roster.getStudents(1).getCode()));

            try (TestClient wang = f.connect(); TestClient wangElsewhere = f.connect(); TestClient li = f.connect();
                 TestClient zhao = f.connect()) {
                assertRefused(signIn(wang, code, "2023001", "not-the-code"), Error.Code.BAD_CREDENTIALS, "wrong password");
                assertRefused(signIn(wang, code, "2099999", wangCode), Error.Code.BAD_CREDENTIALS, "unknown student number");
                LoggedIn in = signIn(wang, code, "2023001", wangCode).getLoggedIn();
                assertEquals(LoggedIn.Role.STUDENT, in.getRole());
                assertEquals("Wang Fang#2023001", in.getName());
                token = in.getToken();

                // A student trying instructor messages: refused.
                assertRefused(wang.request(ClientMessage.newBuilder().setImportRoster(ImportRoster.newBuilder()
                        .setClassCode(code).setCsv("9,Mallory\n"))), Error.Code.FORBIDDEN, "");
                sid = wang.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                        .setScene("conveyor-basics"))).getSessionCreated().getSessionId();
                assertRefused(wang.request(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder()
                        .setSessionId(sid).setTarget("belt").setKind("belt_slip"))), Error.Code.FORBIDDEN, "");

                // Another browser: the same student, the same session.
                signIn(wangElsewhere, code, "2023001", wangCode).getLoggedIn();
                List<String> found = wangElsewhere.ok(ClientMessage.newBuilder().setListSessions(ListSessions.newBuilder()))
                        .getSessionList().getSessionsList().stream().map(s -> s.getSessionId()).toList();
                assertEquals(List.of(sid), found);
                assertTrue(wangElsewhere.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)))
                        .hasFullState(), "the second browser observes the student's own session");

                // Li (on the roster) does not see Wang's session.
                signIn(li, code, "2023002", roster.getStudents(1).getCode()).getLoggedIn();
                assertEquals(0, li.ok(ClientMessage.newBuilder().setListSessions(ListSessions.newBuilder()))
                        .getSessionList().getSessionsCount());

                // Zhao registers with the class code; the same number twice is refused.
                LoggedIn z = zhao.ok(ClientMessage.newBuilder().setStudentRegister(StudentRegister.newBuilder()
                        .setClassCode(code).setStudentNumber("2023009").setName("Zhao Min").setPassword("zhao-pass-9")))
                        .getLoggedIn();
                assertEquals("Zhao Min#2023009", z.getName());
                assertRefused(zhao.request(ClientMessage.newBuilder().setStudentRegister(StudentRegister.newBuilder()
                        .setClassCode(code).setStudentNumber("2023001").setName("Not Wang").setPassword("xxxxxxxx1"))),
                        Error.Code.BAD_REQUEST, "already in this class");
            }
        }
        assertTrue(Files.readString(data.resolve("students.txt")).contains("2023009"), "students persisted");

        // A restart: the roster signs in again; the old session says it ended.
        try (ServerFixture f = new ServerFixture(data); TestClient wang = f.connect(); TestClient zhao = f.connect()) {
            assertEquals("Wang Fang#2023001", wang.ok(ClientMessage.newBuilder().setResume(Resume.newBuilder()
                    .setToken(token))).getLoggedIn().getName());
            assertRefused(wang.request(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid))),
                    Error.Code.UNKNOWN_SESSION, "has ended");
            assertEquals(LoggedIn.Role.STUDENT, signIn(zhao, code, "2023009", "zhao-pass-9").getLoggedIn().getRole());
            assertTrue(signIn(wang, code, "2023001", wangCode).hasLoggedIn(), "the printed code still works");
        }
    }
}
