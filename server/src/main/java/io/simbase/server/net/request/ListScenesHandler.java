package io.simbase.server.net.request;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.grading.exercise.Exercise;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ListScenes;
import io.simbase.protocol.v1.SceneList;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.results.ExerciseCatalog;
import io.simbase.server.scenes.SceneLibrary;
import io.simbase.server.session.SessionRegistry;

/**
 * list_scenes: the scenes a session may be created of (bundled first, then scene files the server
 * was given, then the instructors' uploads by id) and the bundled exercises in curriculum order,
 * with their titles in both languages; for the dashboard's scene choice and the viewer's start
 * screen. Anyone signed in; a student is offered the uploads of their class only, staff every
 * upload with the classes it is offered to. Scenes and exercises are loaded once and cached by their registries;
 * a scene that does not load is left out (it cannot be started either).
 */
public final class ListScenesHandler implements RequestHandler<ListScenes> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.LIST_SCENES;
    }

    @Override
    public ListScenes body(ClientMessage m) {
        return m.getListScenes();
    }

    @Override
    public Capability needs() {
        return Capability.SERVER_STATS;
    }

    @Override
    public String action(ListScenes body) {
        return "list scenes";
    }

    @Override
    public void handle(Request<ListScenes> r) {
        SessionRegistry sessions = r.services().sessions();
        SceneList.Builder b = SceneList.newBuilder();
        for (String id : sessions.sceneIds()) {
            try {
                b.addScenes(info(sessions.scene(id), false));
            } catch (SceneException e) {
                // left out: a scene that does not load cannot be started
            }
        }
        SceneLibrary lib = sessions.library();
        if (lib != null) {
            Principal p = r.principal();
            for (Scene s : lib.uploaded()) {
                if (p.role() != Role.STUDENT) {
                    b.addScenes(info(s, true).toBuilder().addAllClassCodes(lib.classes(s.id())));
                } else if (lib.offeredTo(s.id(), p.classCode())) {
                    b.addScenes(info(s, true));
                }
            }
        }
        for (String id : ExerciseCatalog.ids()) {
            Exercise e = ExerciseCatalog.find(id);
            b.addExercises(SceneList.Exercise.newBuilder().setId(id).setScene(e.sceneId())
                    .setTitle(e.title().en()).setTitleZh(e.title().zh()));
        }
        r.reply(ServerMessage.newBuilder().setSceneList(b));
    }

    private static SceneList.Scene info(Scene s, boolean uploaded) {
        return SceneList.Scene.newBuilder().setId(s.id()).setTitle(s.title()).setTitleZh(s.titleZh())
                .setUploaded(uploaded).build();
    }
}
