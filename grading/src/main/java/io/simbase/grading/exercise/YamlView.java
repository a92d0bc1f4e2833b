package io.simbase.grading.exercise;

import io.simbase.engine.yaml.YamlException;
import io.simbase.engine.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A line-aware view of one node of an exercise file (the engine's shared {@link YamlNode}, as
 * scene and rig files are read): every accessor that fails throws an {@link ExerciseException} with the file,
 * the node's line and {@code where} (e.g. "check 'seal_in'") in front of the problem.
 * Used only while loading.
 */
final class YamlView {
    private final YamlNode node;

    private YamlView(YamlNode node) {
        this.node = node;
    }

    /** Composes the text's single document. */
    static YamlView parse(String text, String file) throws ExerciseException {
        try {
            return new YamlView(YamlNode.parse(text, file));
        } catch (YamlException e) {
            throw asExercise(e);
        }
    }

    private static ExerciseException asExercise(YamlException e) {
        return new ExerciseException(e.file(), e.line(), e.problem());
    }

    int line() {
        return node.line();
    }

    String where() {
        return node.where();
    }

    YamlView within(String newWhere) {
        return new YamlView(node.within(newWhere));
    }

    ExerciseException error(String problem) {
        return asExercise(node.error(problem));
    }

    /** The mapping's keys, in file order. */
    List<String> keys() throws ExerciseException {
        try {
            return node.keys();
        } catch (YamlException e) {
            throw asExercise(e);
        }
    }

    /** Fails at the first key not in {@code allowed}, listing the allowed ones. */
    void allowOnly(Set<String> allowed) throws ExerciseException {
        try {
            node.allowOnly(allowed);
        } catch (YamlException e) {
            throw asExercise(e);
        }
    }

    boolean has(String key) throws ExerciseException {
        try {
            return node.has(key);
        } catch (YamlException e) {
            throw asExercise(e);
        }
    }

    YamlView get(String key) throws ExerciseException {
        try {
            return new YamlView(node.get(key));
        } catch (YamlException e) {
            throw asExercise(e);
        }
    }

    /** The value of a key, or null. */
    YamlView opt(String key) throws ExerciseException {
        try {
            YamlNode v = node.opt(key);
            return v == null ? null : new YamlView(v);
        } catch (YamlException e) {
            throw asExercise(e);
        }
    }

    String scalar() throws ExerciseException {
        try {
            return node.scalar();
        } catch (YamlException e) {
            throw asExercise(e);
        }
    }

    String str(String key) throws ExerciseException {
        String s = get(key).scalar().strip();
        if (s.isEmpty()) {
            throw get(key).error(key + " is empty");
        }
        return s;
    }

    double number(String what, double min, double max) throws ExerciseException {
        String s = scalar().strip();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(what + ": '" + s + "' is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw error(what + " " + s + " out of range [" + Durations.format(min) + ", " + Durations.format(max) + "]");
        }
        return v;
    }

    double num(String key, double min, double max) throws ExerciseException {
        return get(key).number(key, min, max);
    }

    double num(String key, double dflt, double min, double max) throws ExerciseException {
        YamlView v = opt(key);
        return v == null ? dflt : v.number(key, min, max);
    }

    /** A time such as {@code 1.5s}, {@code 200ms}, {@code 2min} or a bare number of seconds. */
    double seconds(String what, double min, double max) throws ExerciseException {
        String s = scalar();
        double v = Durations.parseSeconds(s);
        if (v != v) {
            throw error(what + ": '" + s + "' is not a time (write 1.5s, 200ms or 2min)");
        }
        if (!(v >= min && v <= max)) {
            throw error(what + " " + s + " out of range [" + Durations.format(min) + "s, " + Durations.format(max) + "s]");
        }
        return v;
    }

    double secs(String key, double min, double max) throws ExerciseException {
        return get(key).seconds(key, min, max);
    }

    double secs(String key, double dflt, double min, double max) throws ExerciseException {
        YamlView v = opt(key);
        return v == null ? dflt : v.seconds(key, min, max);
    }

    boolean bool(String key, boolean dflt) throws ExerciseException {
        YamlView v = opt(key);
        if (v == null) {
            return dflt;
        }
        String s = v.scalar();
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no")) {
            return false;
        }
        throw v.error(key + ": '" + s + "' is not true or false");
    }

    List<YamlView> list() throws ExerciseException {
        try {
            List<YamlView> out = new ArrayList<>();
            for (YamlNode n : node.list()) {
                out.add(new YamlView(n));
            }
            return out;
        } catch (YamlException e) {
            throw asExercise(e);
        }
    }
}
