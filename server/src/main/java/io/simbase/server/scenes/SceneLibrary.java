package io.simbase.server.scenes;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.SceneLoader;
import io.simbase.engine.scene.Scenes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scenes instructors uploaded, kept as {@code <dir>/<id>.yaml} and loaded when the server starts
 * (a file that no longer loads is skipped with a log line, never fatal). An upload is parsed by
 * {@link SceneLoader} first and written only when it loads, under the id its file declares;
 * bundled ids cannot be taken. Each upload is offered to the classes the instructor chose, kept
 * beside it as {@code <id>.classes} ({@link SceneClassFile}; none or no file: staff only). Both
 * files are written to a temporary file and renamed, so a crash leaves the old or the new one.
 * Thread-safe: loaded scenes and class sets are immutable and kept in concurrent maps; changes
 * are serialized.
 */
public final class SceneLibrary {
    /** The largest scene file accepted, in UTF-8 bytes. */
    public static final int MAX_BYTES = 60 * 1024;

    /** What an upload did: {@code scene} set when kept; otherwise {@code line} (0: the whole file) and {@code problem}. */
    public record Upload(Scene scene, int line, String problem) {
        public boolean ok() {
            return scene != null;
        }
    }

    private final Path dir;
    private final Set<String> bundled = Set.copyOf(Scenes.bundledIds());
    private final Map<String, Scene> uploaded = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> classes = new ConcurrentHashMap<>();

    private SceneLibrary(Path dir) {
        this.dir = dir;
    }

    /** The library of {@code dir} (created when missing), with every scene file there that loads. */
    public static SceneLibrary open(Path dir) throws IOException {
        Files.createDirectories(dir);
        SceneLibrary lib = new SceneLibrary(dir);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.yaml")) {
            for (Path f : ds) {
                try {
                    Scene s = SceneLoader.parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString());
                    if (lib.bundled.contains(s.id()) || !f.getFileName().toString().equals(s.id() + ".yaml")) {
                        System.err.println("simbase: scene file " + f + " skipped: its id '" + s.id() + "' is bundled or differs from its file name");
                    } else {
                        lib.uploaded.put(s.id(), s);
                        lib.classes.put(s.id(), SceneClassFile.read(dir.resolve(s.id() + SceneClassFile.SUFFIX)));
                    }
                } catch (SceneException | IOException e) {
                    System.err.println("simbase: scene file " + f + " skipped: " + e.getMessage());
                }
            }
        }
        return lib;
    }

    /** An uploaded scene by id; null when there is none. */
    public Scene find(String id) {
        return uploaded.get(id);
    }

    /** True when {@code id} is a bundled or an uploaded scene. */
    public boolean contains(String id) {
        return bundled.contains(id) || uploaded.containsKey(id);
    }

    /** The classes (codes, sorted) whose students are offered the uploaded scene {@code id}; empty: staff only, or not uploaded. */
    public Set<String> classes(String id) {
        return classes.getOrDefault(id, Set.of());
    }

    /** True when {@code id} is bundled, or uploaded and offered to {@code classCode}. */
    public boolean offeredTo(String id, String classCode) {
        return bundled.contains(id) || classes(id).contains(classCode);
    }

    /**
     * Offers the uploaded scene {@code id} to {@code classCodes} (already checked to be open
     * classes) instead of its earlier classes; false when no scene {@code id} was uploaded.
     */
    public synchronized boolean setClasses(String id, Set<String> classCodes) throws IOException {
        if (!uploaded.containsKey(id)) {
            return false;
        }
        Set<String> kept = SceneClassFile.write(dir, id, classCodes);
        classes.put(id, kept);
        return true;
    }

    /** The uploaded scenes, by id. */
    public List<Scene> uploaded() {
        List<Scene> out = new ArrayList<>(uploaded.values());
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    /**
     * Checks {@code yaml} with the scene loader and keeps it under its id. {@code fileName} is the
     * name errors carry (the uploaded file's, without folders); {@code classCodes} the classes it
     * is offered to (already checked to be open classes; replaces an earlier upload's).
     */
    public synchronized Upload upload(String fileName, String yaml, boolean replace, Set<String> classCodes) throws IOException {
        String name = fileName == null || fileName.isBlank() ? "scene.yaml" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return new Upload(null, 0, "the file is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        Scene s;
        try {
            s = SceneLoader.parse(yaml, name);
        } catch (SceneException e) {
            String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
            String msg = e.getMessage();
            return new Upload(null, e.line(), msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
        }
        if (bundled.contains(s.id())) {
            return new Upload(null, 0, "scene id '" + s.id() + "' is a bundled scene's: give yours another id");
        }
        if (uploaded.containsKey(s.id()) && !replace) {
            return new Upload(null, 0, "a scene '" + s.id() + "' was uploaded before: choose replace to overwrite it");
        }
        // the classes first: a crash before the scene is renamed in leaves at worst a stale class list
        Set<String> kept = SceneClassFile.write(dir, s.id(), classCodes);
        Path tmp = Files.createTempFile(dir, s.id(), ".part");
        try {
            Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(s.id() + ".yaml"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        uploaded.put(s.id(), s);
        classes.put(s.id(), kept);
        return new Upload(s, 0, "");
    }
}
