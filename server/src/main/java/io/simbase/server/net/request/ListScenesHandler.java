package io.simbase.server.net.request;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.grading.exercise.Exercise;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ListScenes;
import io.simbase.protocol.v1.SceneList;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.results.ExerciseCatalog;
import io.simbase.server.session.SessionRegistry;

/**
 * list_scenes: the scenes a session may be created of and the bundled exercises, with their
 * titles in both languages, for a client's start screen (the viewer's). Anyone signed in.
 * Scenes and exercises are loaded once and cached by their registries; a scene that does not
 * load is left out.
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
                Scene s = sessions.scene(id);
                b.addScenes(SceneList.Scene.newBuilder().setId(id).setTitle(s.title()).setTitleZh(s.titleZh()));
            } catch (SceneException e) {
                // a scene that does not load cannot be started either
            }
        }
        for (String id : ExerciseCatalog.ids()) {
            Exercise e = ExerciseCatalog.find(id);
            b.addExercises(SceneList.Exercise.newBuilder().setId(id).setScene(e.sceneId())
                    .setTitle(e.title().en()).setTitleZh(e.title().zh()));
        }
        r.reply(ServerMessage.newBuilder().setSceneList(b));
    }
}
