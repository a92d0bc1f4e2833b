package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scenes;
import io.simbase.grading.exercise.Exercises;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.ListScenes;
import io.simbase.protocol.v1.SceneList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list_scenes: every scene a session can be created of and every exercise, titled in both languages. */
class ListScenesTest {
    @TempDir
    Path data;

    @Test
    void aStudentGetsTheBundledScenesAndExercisesWithTheirTitles() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                SceneList list = ada.ok(ClientMessage.newBuilder().setListScenes(ListScenes.getDefaultInstance())).getSceneList();
                assertEquals(Scenes.bundledIds(), list.getScenesList().stream().map(SceneList.Scene::getId).toList());
                assertEquals(Exercises.bundledIds(), list.getExercisesList().stream().map(SceneList.Exercise::getId).toList());
                SceneList.Scene sorting = list.getScenes(Scenes.bundledIds().indexOf("sorting-station"));
                assertTrue(sorting.getTitle().startsWith("Sorting station"), sorting.getTitle());
                assertTrue(sorting.getTitleZh().startsWith("分拣站"), sorting.getTitleZh());
                for (SceneList.Exercise e : list.getExercisesList()) {
                    assertTrue(Scenes.bundledIds().contains(e.getScene()), e.getId() + " runs on " + e.getScene());
                    assertTrue(!e.getTitle().isEmpty() && !e.getTitleZh().isEmpty(), e.getId() + " has both titles");
                }
            }
        }
    }

    @Test
    void aSceneFileGivenToTheServerIsListedAndCanBeStarted() throws Exception {
        Path file = data.resolve("mine.yaml");
        Files.writeString(file, Scenes.bundledText("conveyor-basics").replace("scene: conveyor-basics", "scene: mine"));
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            assertEquals("mine", f.server.sessions().addSceneFile(file));
            SceneList list = teacher.ok(ClientMessage.newBuilder().setListScenes(ListScenes.getDefaultInstance())).getSceneList();
            List<String> ids = list.getScenesList().stream().map(SceneList.Scene::getId).toList();
            assertEquals("mine", ids.get(ids.size() - 1));
            String code = ServerFixture.openClass(teacher);
            assertEquals("mine", teacher.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                    .setScene("mine").setClassCode(code))).getSessionCreated().getScene());
        }
    }
}
