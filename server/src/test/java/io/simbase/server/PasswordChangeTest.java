package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ChangePassword;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ImportRoster;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.StudentLogin;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * change_password over real sockets: a roster student changes the printed code for a password
 * of their own (the old one required, the new one at least 8 characters), signs in with it after
 * a restart and no longer with the code; a guest has no password to change; staff change theirs.
 */
class PasswordChangeTest {
    @TempDir
    Path data;

    private static ServerMessage change(TestClient c, String old, String next) throws InterruptedException {
        return c.request(ClientMessage.newBuilder().setChangePassword(ChangePassword.newBuilder().setOldPassword(old)
                .setNewPassword(next)));
    }

    private static ServerMessage signIn(TestClient c, String code, String number, String password)
            throws InterruptedException {
        return c.request(ClientMessage.newBuilder().setStudentLogin(StudentLogin.newBuilder().setClassCode(code)
                .setStudentNumber(number).setPassword(password)));
    }

    private static void assertRefused(ServerMessage m, Error.Code code, String text) {
        assertTrue(m.hasError(), "refused: " + m);
        assertEquals(code, m.getError().getCode(), m.getError().getText());
        assertTrue(m.getError().getText().contains(text), m.getError().getText());
    }

    @Test
    void aStudentChangesTheirPasswordAndItOutlivesARestart() throws Exception {
        String code;
        String printed;
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor(); TestClient wang = f.connect();
             TestClient guest = f.connect()) {
            code = ServerFixture.openClass(teacher);
            printed = teacher.ok(ClientMessage.newBuilder().setImportRoster(ImportRoster.newBuilder()
                    .setClassCode(code).setCsv("2023001,Wang Fang\n"))).getRosterImported().getStudents(0).getCode();

            assertRefused(change(wang, printed, "my-own-pass"), Error.Code.NOT_AUTHENTICATED, "not authenticated");
            assertTrue(signIn(wang, code, "2023001", printed).hasLoggedIn());
            assertRefused(change(wang, "not-the-code", "my-own-pass"), Error.Code.BAD_CREDENTIALS, "current password is wrong");
            assertRefused(change(wang, printed, "short"), Error.Code.BAD_REQUEST, "at least 8 characters");
            assertTrue(change(wang, printed, "my-own-pass").hasOk());

            guest.ok(ClientMessage.newBuilder().setJoinClass(io.simbase.protocol.v1.JoinClass.newBuilder().setCode(code)
                    .setDisplayName("Wang Fang")));
            assertRefused(change(guest, "anything-1", "anything-2"), Error.Code.UNSUPPORTED, "guest");

            assertTrue(change(teacher, ServerFixture.INSTRUCTOR_PASSWORD, "instructor-pw-2").hasOk());
        }
        try (ServerFixture f = new ServerFixture(data); TestClient wang = f.connect(); TestClient teacher = f.connect()) {
            assertRefused(signIn(wang, code, "2023001", printed), Error.Code.BAD_CREDENTIALS, "wrong password");
            assertTrue(signIn(wang, code, "2023001", "my-own-pass").hasLoggedIn(), "the new password, after a restart");
            assertTrue(teacher.request(ClientMessage.newBuilder().setLogin(Login.newBuilder().setUsername("teacher")
                    .setPassword("instructor-pw-2"))).hasLoggedIn());
        }
    }
}
