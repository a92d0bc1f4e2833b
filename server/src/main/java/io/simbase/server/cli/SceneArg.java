package io.simbase.server.cli;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;

/** Resolves a SCENE argument (bundled id or file path) for the command line. */
final class SceneArg {
    private SceneArg() {
    }

    static Scene load(String idOrPath) {
        try {
            return Scenes.load(idOrPath);
        } catch (SceneException e) {
            String near = Scenes.bundledIds().contains(idOrPath) || java.nio.file.Files.exists(java.nio.file.Path.of(idOrPath))
                    ? null : Suggest.nearest(idOrPath, Scenes.bundledIds());
            throw new UserException(e.getMessage() + (near == null ? "" : "; did you mean '" + near + "'?"), e);
        }
    }
}
