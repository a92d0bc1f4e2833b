package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ListScenes;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OpenReplay;
import io.simbase.protocol.v1.SceneClasses;
import io.simbase.protocol.v1.SceneList;
import io.simbase.protocol.v1.SceneUploaded;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.UploadScene;
import io.simbase.server.client.SessionMirror;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instructors' own scenes over a real WebSocket, each offered to the classes its instructor chose: a file with a mistake is refused with its line
 * and the loader's message, a good one is kept under data/scenes, listed by the server, runs in
 * a student's session, replays, and is still there after a restart; students and technicians
 * may not upload, nor may a bundled id be taken or an upload overwritten without asking.
 */
class SceneUploadTest {
    @TempDir
    Path data;

    private static final String MINE = Scenes.bundledText("conveyor-basics").replace("scene: conveyor-basics", "scene: my-line")
            .replace("title: Conveyor basics (start/stop latch)", "title: My line");

    @Test
    void aGoodSceneIsKeptListedRunsAndReplaysAndABadOneIsRefusedWithItsLine() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor(); TestClient tech = f.technician()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                assertEquals(Error.Code.FORBIDDEN, ada.request(upload("my-line.yaml", MINE, false, code)).getError().getCode());
                assertEquals(Error.Code.FORBIDDEN, tech.request(upload("my-line.yaml", MINE, false, code)).getError().getCode());

                String bad = MINE + "colour: blue\n";
                SceneUploaded refused = teacher.ok(upload("C:\\Users\\t\\my-line.yaml", bad, false, code)).getSceneUploaded();
                assertEquals("", refused.getScene());
                assertEquals(bad.lines().count(), refused.getLine(), "the line of the unknown key");
                assertTrue(refused.getProblem().contains("colour"), refused.getProblem());
                assertFalse(Files.exists(data.resolve("scenes/my-line.yaml")), "nothing kept");
                SceneUploaded bundled = teacher.ok(upload("x.yaml", Scenes.bundledText("tank-level"), false, code)).getSceneUploaded();
                assertTrue(bundled.getProblem().contains("bundled"), bundled.getProblem());
                assertEquals(Error.Code.UNKNOWN_SCENE, ada.request(create("my-line")).getError().getCode());

                SceneUploaded kept = teacher.ok(upload("my-line.yaml", MINE, false, code)).getSceneUploaded();
                assertEquals("my-line", kept.getScene(), kept.getProblem());
                assertEquals("My line", kept.getTitle());
                assertEquals(MINE, Files.readString(data.resolve("scenes/my-line.yaml")));
                List<SceneList.Scene> scenes = ada.ok(ClientMessage.newBuilder().setListScenes(ListScenes.getDefaultInstance()))
                        .getSceneList().getScenesList();
                assertEquals(Scenes.bundledIds(), scenes.stream().filter(s -> !s.getUploaded()).map(SceneList.Scene::getId).toList());
                assertTrue(scenes.stream().anyMatch(s -> s.getUploaded() && s.getId().equals("my-line")), scenes.toString());
                SceneUploaded again = teacher.ok(upload("my-line.yaml", MINE, false, code)).getSceneUploaded();
                assertTrue(again.getProblem().contains("replace"), again.getProblem());
                assertEquals("my-line", teacher.ok(upload("my-line.yaml", MINE, true, code)).getSceneUploaded().getScene());

                String sid = ada.ok(create("my-line")).getSessionCreated().getSessionId();
                SessionMirror m = ada.mirror(sid);
                ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                ada.until(() -> m.step() > 100, "the uploaded scene running");
                SessionResult end = ada.ok(ClientMessage.newBuilder().setCloseSession(CloseSession.newBuilder().setSessionId(sid)))
                        .getResult();
                ServerMessage replay = teacher.ok(ClientMessage.newBuilder().setOpenReplay(
                        OpenReplay.newBuilder().setRecording(end.getRecording()).setPosition(end.getStep())));
                assertEquals("my-line", replay.getReplayOpened().getScene());
                assertEquals(end.getStep(), replay.getReplayOpened().getEndPosition());
                CliRun cli = CliRun.run("replay", f.server.sessions().recordingsDir().resolve(end.getRecording()).toString(), "--hash");
                assertEquals(0, cli.exit(), cli.err());
                assertTrue(cli.out().contains("hash=" + end.getStateHash()), "./simbase replay finds the uploaded scene: " + cli.out());
            }
        }
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            List<SceneList.Scene> scenes = teacher.ok(ClientMessage.newBuilder().setListScenes(ListScenes.getDefaultInstance()))
                    .getSceneList().getScenesList();
            assertTrue(scenes.stream().anyMatch(s -> s.getId().equals("my-line")), "kept across a restart: " + scenes);
        }
    }

    @Test
    void eachClassIsOfferedItsOwnUploadsAndTheChoiceSurvivesARestart() throws Exception {
        String a;
        String b;
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            a = ServerFixture.openClass(teacher);
            b = ServerFixture.openClass(teacher);
            assertEquals(Error.Code.UNKNOWN_CLASS, teacher.request(upload("my-line.yaml", MINE, false, a, "NOSUCH")).getError().getCode());
            assertFalse(Files.exists(data.resolve("scenes/my-line.yaml")), "nothing kept for an unknown class");
            SceneUploaded forA = teacher.ok(upload("my-line.yaml", MINE, false, a.toLowerCase())).getSceneUploaded();
            assertEquals(List.of(a), forA.getClassCodesList(), "kept as the server spells the code");
            String other = MINE.replace("scene: my-line", "scene: b-line").replace("title: My line", "title: B line");
            teacher.ok(upload("b-line.yaml", other, false, b));
            teacher.ok(upload("staff-line.yaml", MINE.replace("scene: my-line", "scene: staff-line"), false));

            try (TestClient ada = f.student(a, "Ada"); TestClient bo = f.student(b, "Bo")) {
                assertEquals(List.of("my-line"), uploads(ada), "class A's student: class A's upload only");
                assertEquals(List.of("b-line"), uploads(bo), "class B's student: class B's upload only");
                assertEquals(Error.Code.UNKNOWN_SCENE, bo.request(create("my-line")).getError().getCode());
                assertEquals(Error.Code.UNKNOWN_SCENE, ada.request(create("staff-line")).getError().getCode());
                assertTrue(ada.ok(create("my-line")).hasSessionCreated());

                List<SceneList.Scene> all = teacher.ok(listScenes()).getSceneList().getScenesList();
                assertEquals(List.of(List.of(b), List.of(a), List.of()), all.stream().filter(SceneList.Scene::getUploaded)
                        .map(SceneList.Scene::getClassCodesList).toList(), "staff see every upload with its classes: " + all);

                assertEquals(Error.Code.FORBIDDEN, ada.request(setClasses("my-line", a, b)).getError().getCode());
                assertEquals(Error.Code.UNKNOWN_SCENE, teacher.request(setClasses("tank-level", a)).getError().getCode());
                assertEquals(Error.Code.UNKNOWN_CLASS, teacher.request(setClasses("b-line", "NOSUCH")).getError().getCode());
                SceneClasses both = teacher.ok(setClasses("b-line", b, a)).getSceneClasses();
                assertEquals(List.of(a, b).stream().sorted().toList(), both.getClassCodesList());
                assertEquals(List.of("b-line", "my-line"), uploads(ada), "offered to class A too now");
                teacher.ok(setClasses("my-line"));
                assertEquals(List.of("b-line"), uploads(ada), "taken from class A: staff only");
            }
        }
        try (ServerFixture f = new ServerFixture(data); TestClient ada = f.student(a, "Ada"); TestClient bo = f.student(b, "Bo")) {
            assertEquals(List.of("b-line"), uploads(ada), "kept across a restart");
            assertEquals(List.of("b-line"), uploads(bo), "kept across a restart");
            assertTrue(Files.readString(data.resolve("scenes/b-line.classes")).contains(a + "\n"), "stored beside the scene");
            try (var left = Files.list(data.resolve("scenes"))) {
                assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).toList(), "no temporary files left");
            }
        }
    }

    private static List<String> uploads(TestClient c) throws InterruptedException {
        return c.ok(listScenes()).getSceneList().getScenesList().stream().filter(SceneList.Scene::getUploaded)
                .map(SceneList.Scene::getId).toList();
    }

    private static ClientMessage.Builder listScenes() {
        return ClientMessage.newBuilder().setListScenes(ListScenes.getDefaultInstance());
    }

    private static ClientMessage.Builder setClasses(String scene, String... codes) {
        return ClientMessage.newBuilder().setSetSceneClasses(SceneClasses.newBuilder().setScene(scene).addAllClassCodes(List.of(codes)));
    }

    private static ClientMessage.Builder upload(String name, String yaml, boolean replace, String... classes) {
        return ClientMessage.newBuilder().setUploadScene(UploadScene.newBuilder().setFileName(name).setYaml(yaml).setReplace(replace)
                .addAllClassCodes(List.of(classes)));
    }

    private static ClientMessage.Builder create(String scene) {
        return ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene(scene));
    }
}
