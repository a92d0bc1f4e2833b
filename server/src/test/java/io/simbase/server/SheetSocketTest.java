package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ExerciseInfo;
import io.simbase.protocol.v1.GetSheet;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.Sheet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** get_sheet over a real socket: the right sheet, in either language, and clear refusals. */
class SheetSocketTest {
    @TempDir
    Path data;

    @Test
    void aStudentGetsTheScenesSheetInBothLanguagesWithTheScenesExercisesToChooseFrom() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                Sheet zh = sheet(ada, GetSheet.newBuilder().setScene("conveyor-basics").setLang("zh"));
                assertEquals("conveyor-basics", zh.getExerciseId());
                assertEquals(java.util.List.of("conveyor-basics", "conveyor-stop-safety"),
                        zh.getExercisesList().stream().map(ExerciseInfo::getId).toList());
                assertTrue(zh.getHtml().contains("<h1>练习 1：启停自锁"), zh.getHtml());
                assertTrue(zh.getHtml().contains("<th>变量</th>") && zh.getHtml().contains("<code>stop_pb</code>"), zh.getHtml());
                assertTrue(!zh.getHtml().contains("Exercise 1"), "the Chinese sheet only");

                Sheet en = sheet(ada, GetSheet.newBuilder().setScene("conveyor-basics").setLang("en"));
                assertTrue(en.getHtml().contains("<h1>Exercise 1: start/stop latch"), en.getHtml());
                assertTrue(en.getHtml().contains("<th>meaning</th>") && !en.getHtml().contains("练习"), en.getHtml());
                assertEquals("Start/stop latch", en.getTitle());

                Sheet other = sheet(ada, GetSheet.newBuilder().setExerciseId("conveyor-stop-safety").setLang("en"));
                assertEquals("conveyor-basics", other.getScene());
                assertTrue(other.getHtml().contains("Exercise 1b"), other.getHtml());
                assertEquals(2, other.getExercisesCount());
            }
        }
    }

    @Test
    void unknownExercisesScenesAndLanguagesAreRefusedClearlyAndASceneWithoutExercisesHasAnEmptySheet() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            Error e = refused(teacher, GetSheet.newBuilder().setExerciseId("no-such").setLang("en"));
            assertEquals(Error.Code.UNKNOWN_EXERCISE, e.getCode());
            assertEquals("no exercise 'no-such'", e.getText());
            e = refused(teacher, GetSheet.newBuilder().setScene("no-scene"));
            assertEquals(Error.Code.UNKNOWN_SCENE, e.getCode());
            assertEquals("no scene 'no-scene'", e.getText());
            e = refused(teacher, GetSheet.newBuilder().setScene("conveyor-basics").setLang("fr"));
            assertEquals(Error.Code.BAD_REQUEST, e.getCode());
            assertEquals("lang must be en or zh, not 'fr'", e.getText());
            Sheet ok = sheet(teacher, GetSheet.newBuilder().setScene("sorting-station").setLang("zh"));
            assertTrue(ok.getHtml().contains("<h1>练习 2"), ok.getHtml());

            java.nio.file.Path file = data.resolve("mine.yaml");
            java.nio.file.Files.writeString(file, io.simbase.engine.scene.Scenes.bundledText("conveyor-basics")
                    .replace("scene: conveyor-basics", "scene: mine"));
            f.server.sessions().addSceneFile(file);
            Sheet none = sheet(teacher, GetSheet.newBuilder().setScene("mine").setLang("en"));
            assertEquals("", none.getExerciseId(), "a scene without exercises has no sheet");
            assertEquals("", none.getHtml());
            assertEquals(0, none.getExercisesCount());
        }
    }

    private static Sheet sheet(TestClient c, GetSheet.Builder req) throws InterruptedException {
        ServerMessage m = c.request(ClientMessage.newBuilder().setGetSheet(req));
        assertEquals(ServerMessage.KindCase.SHEET, m.getKindCase(), m.toString());
        return m.getSheet();
    }

    private static Error refused(TestClient c, GetSheet.Builder req) throws InterruptedException {
        ServerMessage m = c.request(ClientMessage.newBuilder().setGetSheet(req));
        assertEquals(ServerMessage.KindCase.ERROR, m.getKindCase(), m.toString());
        return m.getError();
    }
}
