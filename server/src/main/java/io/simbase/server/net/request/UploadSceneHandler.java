package io.simbase.server.net.request;

import io.simbase.engine.scene.Scene;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.SceneUploaded;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.UploadScene;
import io.simbase.server.auth.Capability;
import io.simbase.server.scenes.SceneLibrary;
import java.io.IOException;
import java.util.Set;

/**
 * upload_scene: an instructor's scene file, checked by the scene loader and kept in the server's
 * library; the reply, scene_uploaded, names the new scene or the line and problem that refused
 * it. The instructor names the classes whose students are offered it (unknown codes refused
 * before anything is written). The file is parsed and written on the auth executor, never on the
 * event loop.
 */
public final class UploadSceneHandler implements RequestHandler<UploadScene> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.UPLOAD_SCENE;
    }

    @Override
    public UploadScene body(ClientMessage m) {
        return m.getUploadScene();
    }

    @Override
    public Capability needs() {
        return Capability.UPLOAD_SCENES;
    }

    @Override
    public String action(UploadScene body) {
        return "upload scenes";
    }

    @Override
    public void handle(Request<UploadScene> r) {
        SceneLibrary lib = r.services().sessions().library();
        if (lib == null) {
            r.refuse(Error.Code.UNSUPPORTED, "this server keeps no scene library");
            return;
        }
        UploadScene req = r.body();
        Set<String> classes = ClassChoice.resolve(r, r.services().classes(), req.getClassCodesList());
        if (classes == null) {
            return;
        }
        long id = r.id();
        Caller caller = r.caller();
        r.services().authExecutor().execute(() -> {
            SceneLibrary.Upload up;
            try {
                up = lib.upload(req.getFileName(), req.getYaml(), req.getReplace(), classes);
            } catch (IOException e) {
                caller.send(Replies.error(id, Error.Code.INTERNAL, "the scene cannot be written: " + e.getMessage()));
                return;
            }
            SceneUploaded.Builder b = SceneUploaded.newBuilder().setFileName(req.getFileName());
            if (up.ok()) {
                Scene s = up.scene();
                b.setScene(s.id()).setTitle(s.title()).setTitleZh(s.titleZh()).addAllClassCodes(lib.classes(s.id()));
            } else {
                b.setLine(up.line()).setProblem(up.problem());
            }
            caller.send(ServerMessage.newBuilder().setRequestId(id).setSceneUploaded(b).build());
        });
    }
}
