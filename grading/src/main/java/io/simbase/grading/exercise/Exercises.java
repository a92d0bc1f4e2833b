package io.simbase.grading.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds exercises: the bundled ones (resources {@code simbase/exercises/ID.yaml}, listed in
 * curriculum order in {@code simbase/exercises/index.txt}, shipped by the assets module) and
 * exercise files on disk. Stateless; thread-safe.
 */
public final class Exercises {
    private static final String DIR = "simbase/exercises/";

    private Exercises() {
    }

    /** Ids of the bundled exercises, in curriculum order. */
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

    /**
     * Loads a bundled exercise by id, or else an exercise file by path.
     *
     * @throws ExerciseException {@code FILE:LINE: problem}, or that no such exercise exists
     */
    public static Exercise load(String idOrPath) throws ExerciseException {
        if (bundledIds().contains(idOrPath)) {
            String text = resource(DIR + idOrPath + ".yaml");
            if (text == null) {
                throw new ExerciseException(DIR + idOrPath + ".yaml", 0, "listed in the index but missing");
            }
            return ExerciseLoader.parse(text, DIR + idOrPath + ".yaml");
        }
        Path p = Path.of(idOrPath);
        if (!Files.isRegularFile(p)) {
            throw new ExerciseException(idOrPath, 0, "no such exercise: not a bundled exercise id ("
                    + String.join(", ", bundledIds()) + ") nor an existing file");
        }
        try {
            return ExerciseLoader.parse(Files.readString(p, StandardCharsets.UTF_8), idOrPath);
        } catch (NoSuchFileException e) {
            throw new ExerciseException(idOrPath, 0, "no such file");
        } catch (CharacterCodingException e) {
            throw new ExerciseException(idOrPath, 0, "not a UTF-8 text file");
        } catch (IOException e) {
            throw new ExerciseException(idOrPath, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * The text of an exercise's reference program: for a bundled exercise a resource next to the
     * exercises, else a file next to the exercise file; null when the exercise names none.
     *
     * @throws ExerciseException {@code FILE:0: problem} when the named program cannot be read
     */
    public static String referenceProgram(Exercise e) throws ExerciseException {
        if (e.reference() == null) {
            return null;
        }
        if (e.source().startsWith(DIR)) {
            String name = Path.of(DIR).resolve(e.reference()).normalize().toString().replace('\\', '/');
            String text = resource(name);
            if (text == null) {
                throw new ExerciseException(e.source(), 0, "reference program " + e.reference() + " is missing");
            }
            return text;
        }
        Path p = Path.of(e.source()).resolveSibling(e.reference());
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new ExerciseException(e.source(), 0, "cannot read reference program " + p + ": " + ex.getMessage());
        }
    }

    private static String resource(String name) {
        try (InputStream in = Exercises.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
