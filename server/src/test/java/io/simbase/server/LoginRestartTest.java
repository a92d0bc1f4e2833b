package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.JoinClass;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.LoggedIn;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.Resume;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins, class joins and join codes outlive a server restart; tokens expire; the token file holds no token. */
class LoginRestartTest {
    @TempDir
    Path data;

    private static LoggedIn login(TestClient c) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setLogin(Login.newBuilder().setUsername("teacher")
                .setPassword(ServerFixture.INSTRUCTOR_PASSWORD))).getLoggedIn();
    }

    private static LoggedIn join(TestClient c, String code, String name) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setJoinClass(JoinClass.newBuilder().setCode(code).setDisplayName(name)))
                .getLoggedIn();
    }

    private static ServerMessage resume(TestClient c, String token) throws InterruptedException {
        return c.request(ClientMessage.newBuilder().setResume(Resume.newBuilder().setToken(token)));
    }

    @Test
    void studentAndInstructorTokensResumeAndTheJoinCodeWorksAfterARestart() throws Exception {
        String code;
        LoggedIn teacher;
        LoggedIn ada;
        try (ServerFixture f = new ServerFixture(data)) {
            try (TestClient t = f.connect(); TestClient s = f.connect()) {
                teacher = login(t);
                code = ServerFixture.openClass(t);
                ada = join(s, code, "Ada");
            }
            assertEquals(code, ada.getClassCode());
            String tokens = Files.readString(data.resolve("tokens.txt"), StandardCharsets.UTF_8);
            assertFalse(tokens.contains(teacher.getToken()), "instructor token text in tokens.txt");
            assertFalse(tokens.contains(ada.getToken()), "student token text in tokens.txt");
            assertEquals(3, tokens.lines().count(), tokens);
        } // server stopped

        try (ServerFixture again = new ServerFixture(data)) {
            try (TestClient s = again.connect()) {
                ServerMessage r = resume(s, ada.getToken());
                assertFalse(r.hasError(), () -> "student resume refused: " + r.getError().getText());
                assertEquals(ada.getName(), r.getLoggedIn().getName());
                assertEquals(code, r.getLoggedIn().getClassCode());
                assertEquals(LoggedIn.Role.STUDENT, r.getLoggedIn().getRole());
                // the resumed student can work in the class
                assertFalse(s.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                        .setScene("sorting-station"))).getSessionCreated().getSessionId().isEmpty());
            }
            try (TestClient t = again.connect()) {
                ServerMessage r = resume(t, teacher.getToken());
                assertFalse(r.hasError(), () -> "instructor resume refused: " + r.getError().getText());
                assertEquals("teacher", r.getLoggedIn().getName());
                assertEquals(LoggedIn.Role.INSTRUCTOR, r.getLoggedIn().getRole());
                assertEquals(1, t.ok(ClientMessage.newBuilder().setListSessions(ListSessions.newBuilder().setClassCode(code)))
                        .getSessionList().getSessionsCount());
            }
            try (TestClient bo = again.connect()) {
                LoggedIn b = join(bo, code, "Bo");
                assertEquals(code, b.getClassCode());
                assertTrue(b.getName().startsWith("Bo#"), b.getName());
            }
            try (TestClient eve = again.connect()) {
                ServerMessage r = resume(eve, "forged-token");
                assertEquals(Error.Code.NOT_AUTHENTICATED, r.getError().getCode());
            }
        }
    }

    @Test
    void aServeClassCodeAlreadyInTheFileIsTheSameClassAfterARestart() throws Exception {
        String ada;
        try (ServerFixture f = new ServerFixture(data, b -> b.classCode("LAB42"))) {
            try (TestClient s = f.connect()) {
                ada = join(s, "LAB42", "Ada").getToken();
            }
        }
        try (ServerFixture again = new ServerFixture(data, b -> b.classCode("LAB42"))) {
            assertEquals("LAB42", again.server.defaultClass().code());
            try (TestClient s = again.connect(); TestClient bo = again.connect()) {
                assertEquals("LAB42", resume(s, ada).getLoggedIn().getClassCode());
                assertEquals("LAB42", join(bo, "LAB42", "Bo").getClassCode());
            }
        }
        long lines = Files.readAllLines(data.resolve("classes.txt")).stream().filter(l -> l.startsWith("LAB42\t")).count();
        assertEquals(1, lines, "the class is written once");
    }

    @Test
    void anExpiredTokenIsRefusedWithTheUsualError() throws Exception {
        Duration ttl = Duration.ofMillis(300);
        try (ServerFixture f = new ServerFixture(data, b -> b.tokenTtl(ttl))) {
            String code = ServerFixture.openClass(f.instructor());
            LoggedIn ada;
            // The server issues the token between these two readings of the clock (on a loaded
            // machine the join itself can take longer than the token lives).
            long issued = System.currentTimeMillis();
            try (TestClient s = f.connect()) {
                ada = join(s, code, "Ada");
            }
            long issuedAtLatest = System.currentTimeMillis();
            try (TestClient s = f.connect()) {
                // resumes while young (the reply comes well inside 300 ms on loopback; retried once if not)
                ServerMessage young = resume(s, ada.getToken());
                if (young.hasError()) {
                    assertTrue(System.currentTimeMillis() - issued >= ttl.toMillis(), "refused while young");
                }
            }
            while (System.currentTimeMillis() <= issuedAtLatest + ttl.toMillis() + 20) {
                Thread.sleep(20); // waiting for the wall clock to pass the expiry, not for the server
            }
            try (TestClient s = f.connect()) {
                ServerMessage r = resume(s, ada.getToken());
                assertTrue(r.hasError(), "an expired token resumed");
                assertEquals(Error.Code.NOT_AUTHENTICATED, r.getError().getCode());
                assertEquals("unknown or expired token", r.getError().getText());
            }
        }
        // and a restart compacts it away
        try (ServerFixture again = new ServerFixture(data)) {
            assertEquals(1, Files.readAllLines(data.resolve("tokens.txt")).size(), "only the header left");
        }
    }

    @Test
    void serveRefusesABadTokenHoursWithAClearMessage() {
        for (String bad : new String[] {"0", "8761", "-3", "abc"}) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit;
            try {
                System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                exit = Main.execute("serve", "--port", "0", "--data", data.toString(), "--token-hours", bad);
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
            String e = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(2, exit, bad + ": " + e);
            String first = e.lines().findFirst().orElse("");
            assertTrue(first.contains("token hours must be 1-8760") || first.contains("'--token-hours'"), bad + ": " + e);
            // a number out of range: one line; text that is no number: picocli's line and its --help hint
            assertEquals(bad.equals("abc") ? 2 : 1, e.lines().count(), bad + ": " + e);
        }
        assertFalse(Files.exists(data.resolve("users.txt")), "nothing started");
    }
}
