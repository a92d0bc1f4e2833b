package io.simbase.engine.scene;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds scenes: the bundled ones (resources {@code simbase/scenes/<id>.yaml}, listed in
 * {@code simbase/scenes/index.txt}, shipped by the assets module) and scene files on disk.
 */
public final class Scenes {
    private static final String DIR = "simbase/scenes/";

    private Scenes() {
    }

    /** Ids of the bundled scenes, in index order. */
    public static List<String> bundledIds() {
        List<String> ids = new ArrayList<>();
        String index = resource(DIR + "index.txt");
        if (index == null) {
            return ids;
        }
        for (String line : index.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                ids.add(s);
            }
        }
        return ids;
    }

    /** Text of a bundled scene, or null when there is no such id. */
    public static String bundledText(String id) {
        return bundledIds().contains(id) ? resource(DIR + id + ".yaml") : null;
    }

    /**
     * Loads a bundled scene by id, or else a scene file by path.
     *
     * @throws SceneException naming the file and line, or saying that no scene of that name exists
     */
    public static Scene load(String idOrPath) throws SceneException {
        String text = bundledText(idOrPath);
        if (text != null) {
            return SceneLoader.parse(text, DIR + idOrPath + ".yaml");
        }
        Path p = Path.of(idOrPath);
        if (!Files.exists(p)) {
            throw new SceneException(idOrPath, 0, "no such scene: not a bundled scene id ("
                    + String.join(", ", bundledIds()) + ") nor an existing file");
        }
        try {
            return SceneLoader.parse(Files.readString(p, StandardCharsets.UTF_8), idOrPath);
        } catch (NoSuchFileException e) {
            throw new SceneException(idOrPath, 0, "no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SceneException(idOrPath, 0, "not a UTF-8 text file");
        } catch (IOException e) {
            throw new SceneException(idOrPath, 0, "cannot read: " + e.getMessage());
        }
    }

    private static String resource(String name) {
        try (InputStream in = Scenes.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
