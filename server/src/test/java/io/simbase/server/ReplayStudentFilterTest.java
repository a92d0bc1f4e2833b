package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.ImportRoster;
import io.simbase.protocol.v1.ListRecordings;
import io.simbase.protocol.v1.RecordingInfo;
import io.simbase.protocol.v1.RosterImported;
import io.simbase.protocol.v1.StudentLogin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recordings list per student over a real WebSocket: each recording names its owner's
 * identity (a roster student's number and the roster's name; a guest's sign-in name); an
 * instructor filters by that identity, within a class or across classes; a student's filter is
 * ignored (they see their own only).
 */
class ReplayStudentFilterTest {
    @TempDir
    Path data;

    @Test
    void anInstructorListsOneStudentsRecordingsByIdentity() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            RosterImported roster = teacher.ok(ClientMessage.newBuilder().setImportRoster(ImportRoster.newBuilder()
                    .setClassCode(code).setCsv("学号,姓名\n2023001,Wang Fang\n2023002,Li Lei\n"))).getRosterImported();
            String wangRec;
            String liRec;
            String adaRec;
            try (TestClient wang = f.connect(); TestClient li = f.connect(); TestClient ada = f.student(code, "Ada")) {
                signIn(wang, code, "2023001", roster.getStudents(0).getCode());
                signIn(li, code, "2023002", roster.getStudents(1).getCode());
                wangRec = session(wang);
                liRec = session(li);
                adaRec = session(ada);
                session(wang); // a second one of Wang's

                List<RecordingInfo> all = list(teacher, code, "");
                assertEquals(4, all.size());
                RecordingInfo w = all.stream().filter(r -> r.getRecording().equals(wangRec)).findFirst().orElseThrow();
                assertEquals("2023001", w.getStudent(), "a roster student by number");
                assertEquals("Wang Fang", w.getStudentName());
                RecordingInfo a = all.stream().filter(r -> r.getRecording().equals(adaRec)).findFirst().orElseThrow();
                assertTrue(a.getStudent().startsWith("Ada#"), "a guest by sign-in name: " + a.getStudent());
                assertEquals("Ada", a.getStudentName());

                List<RecordingInfo> wangs = list(teacher, code, "2023001");
                assertEquals(2, wangs.size(), "Wang's two recordings only: " + wangs);
                assertTrue(wangs.stream().allMatch(r -> r.getStudent().equals("2023001")));
                assertTrue(wangs.stream().anyMatch(r -> r.getRecording().equals(wangRec)));
                assertEquals(List.of(liRec), names(list(teacher, "", "2023002")), "across classes too");
                assertEquals(List.of(adaRec), names(list(teacher, code, a.getStudent())));
                assertEquals(List.of(), list(teacher, code, "2099999"), "nobody's");
                assertEquals(List.of(), list(teacher, "NO-SUCH", "2023001"), "another class's filter");

                assertEquals(List.of(liRec), names(list(li, "", "2023001")), "a student's filter is ignored: their own only");
            }
        }
    }

    private static void signIn(TestClient c, String code, String number, String password) throws InterruptedException {
        c.ok(ClientMessage.newBuilder().setStudentLogin(StudentLogin.newBuilder().setClassCode(code)
                .setStudentNumber(number).setPassword(password)));
    }

    /** Creates a session (its recording starts with the owner note) and returns its recording's name. */
    private static String session(TestClient c) throws InterruptedException {
        String sid = c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene("conveyor-basics")))
                .getSessionCreated().getSessionId();
        return c.ok(ClientMessage.newBuilder().setCloseSession(CloseSession.newBuilder().setSessionId(sid)))
                .getResult().getRecording();
    }

    private static List<RecordingInfo> list(TestClient c, String classCode, String student) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setListRecordings(ListRecordings.newBuilder().setClassCode(classCode)
                .setStudent(student))).getRecordings().getRecordingsList();
    }

    private static List<String> names(List<RecordingInfo> rows) {
        return rows.stream().map(RecordingInfo::getRecording).toList();
    }
}
