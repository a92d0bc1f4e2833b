package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.SceneClasses;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.scenes.SceneLibrary;
import java.io.IOException;
import java.util.Set;

/**
 * set_scene_classes: an instructor changes which classes' students are offered an uploaded scene
 * (none: staff only). Unknown class codes and scenes that were not uploaded are refused; the
 * reply, scene_classes, has the codes as kept. The small file is written on the auth executor,
 * never on the event loop. Sessions already running on the scene go on.
 */
public final class SetSceneClassesHandler implements RequestHandler<SceneClasses> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.SET_SCENE_CLASSES;
    }

    @Override
    public SceneClasses body(ClientMessage m) {
        return m.getSetSceneClasses();
    }

    @Override
    public Capability needs() {
        return Capability.UPLOAD_SCENES;
    }

    @Override
    public String action(SceneClasses body) {
        return "choose the classes of uploaded scenes";
    }

    @Override
    public void handle(Request<SceneClasses> r) {
        SceneLibrary lib = r.services().sessions().library();
        String scene = r.body().getScene();
        if (lib == null || lib.find(scene) == null) {
            r.refuse(Error.Code.UNKNOWN_SCENE, "no uploaded scene '" + scene + "'");
            return;
        }
        Set<String> classes = ClassChoice.resolve(r, r.services().classes(), r.body().getClassCodesList());
        if (classes == null) {
            return;
        }
        r.services().authExecutor().execute(() -> {
            try {
                if (!lib.setClasses(scene, classes)) {
                    r.refuse(Error.Code.UNKNOWN_SCENE, "no uploaded scene '" + scene + "'");
                    return;
                }
            } catch (IOException e) {
                r.refuse(Error.Code.INTERNAL, "the scene's classes cannot be written: " + e.getMessage());
                return;
            }
            r.reply(ServerMessage.newBuilder().setSceneClasses(
                    SceneClasses.newBuilder().setScene(scene).addAllClassCodes(lib.classes(scene))));
        });
    }
}
