package io.simbase.server.net.request;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ListScenes;
import io.simbase.protocol.v1.SceneInfo;
import io.simbase.protocol.v1.SceneList;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.scenes.SceneLibrary;
import io.simbase.server.session.SessionRegistry;

/** list_scenes: the scenes sessions may be created on, bundled first, then the uploaded ones by id. */
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
        try {
            for (String id : sessions.bundledScenes()) {
                b.addScenes(info(sessions.scene(id), false));
            }
        } catch (SceneException e) {
            r.refuse(Error.Code.INTERNAL, "a bundled scene does not load: " + e.getMessage());
            return;
        }
        SceneLibrary lib = sessions.library();
        if (lib != null) {
            for (Scene s : lib.uploaded()) {
                b.addScenes(info(s, true));
            }
        }
        r.reply(ServerMessage.newBuilder().setSceneList(b));
    }

    private static SceneInfo info(Scene s, boolean uploaded) {
        return SceneInfo.newBuilder().setId(s.id()).setTitle(s.title()).setTitleZh(s.titleZh()).setUploaded(uploaded).build();
    }
}
