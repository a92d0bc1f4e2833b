package io.simbase.server.results;

import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.ExerciseException;
import io.simbase.grading.exercise.Exercises;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled exercises a client may name, each loaded once (exercises are immutable). Only
 * bundled ids are accepted: a client never makes the server read a file by path. Thread-safe.
 */
public final class ExerciseCatalog {
    private static final Map<String, Exercise> LOADED = new ConcurrentHashMap<>();

    private ExerciseCatalog() {
    }

    /** The bundled exercise {@code id}, or null when there is none of that id. */
    public static Exercise find(String id) {
        if (!ids().contains(id)) {
            return null;
        }
        return LOADED.computeIfAbsent(id, k -> {
            try {
                return Exercises.load(k);
            } catch (ExerciseException e) {
                throw new IllegalStateException("bundled exercise " + k + " does not load: " + e.getMessage(), e);
            }
        });
    }

    /** Bundled exercise ids, in curriculum order. */
    public static List<String> ids() {
        return Exercises.bundledIds();
    }
}
