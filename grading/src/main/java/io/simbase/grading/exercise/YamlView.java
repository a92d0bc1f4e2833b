package io.simbase.grading.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A line-aware view of one node of an exercise file (snakeyaml-engine's composed nodes keep
 * their marks): every accessor that fails throws an {@link ExerciseException} with the file,
 * the node's line and {@code where} (e.g. "check 'seal_in'") in front of the problem.
 * Used only while loading.
 */
final class YamlView {
    private final String file;
    private final Node node;
    private final String where;

    private YamlView(String file, Node node, String where) {
        this.file = file;
        this.node = node;
        this.where = where;
    }

    /** Composes the text's single document. */
    static YamlView parse(String text, String file) throws ExerciseException {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                throw new ExerciseException(file, 0, "the file is empty");
            }
            return new YamlView(file, root.get(), "");
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ExerciseException(file, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ExerciseException(file, 0, "not valid YAML: " + e.getMessage());
        }
    }

    int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    String where() {
        return where;
    }

    YamlView within(String newWhere) {
        return new YamlView(file, node, newWhere);
    }

    ExerciseException error(String problem) {
        return new ExerciseException(file, line(), (where.isEmpty() ? "" : where + ": ") + problem);
    }

    private Map<String, YamlView> entries() throws ExerciseException {
        if (!(node instanceof MappingNode)) {
            throw error("expected a mapping (key: value)");
        }
        Map<String, YamlView> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            YamlView key = new YamlView(file, t.getKeyNode(), where);
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                throw key.error("keys must be plain words");
            }
            String k = ((ScalarNode) t.getKeyNode()).getValue();
            if (out.put(k, new YamlView(file, t.getValueNode(), where)) != null) {
                throw key.error("duplicate key '" + k + "'");
            }
        }
        return out;
    }

    /** The mapping's keys, in file order. */
    List<String> keys() throws ExerciseException {
        return new ArrayList<>(entries().keySet());
    }

    /** Fails at the first key not in {@code allowed}, listing the allowed ones. */
    void allowOnly(Set<String> allowed) throws ExerciseException {
        if (!(node instanceof MappingNode)) {
            throw error("expected a mapping (key: value)");
        }
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String k = t.getKeyNode() instanceof ScalarNode ? ((ScalarNode) t.getKeyNode()).getValue() : "?";
            if (!allowed.contains(k)) {
                throw new YamlView(file, t.getKeyNode(), where)
                        .error("unknown key '" + k + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(String key) throws ExerciseException {
        return entries().containsKey(key);
    }

    YamlView get(String key) throws ExerciseException {
        YamlView v = entries().get(key);
        if (v == null) {
            throw error("missing '" + key + "'");
        }
        return v;
    }

    /** The value of a key, or null. */
    YamlView opt(String key) throws ExerciseException {
        return entries().get(key);
    }

    String scalar() throws ExerciseException {
        if (!(node instanceof ScalarNode)) {
            throw error("expected a single value");
        }
        return ((ScalarNode) node).getValue();
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
        if (!(node instanceof SequenceNode)) {
            throw error("expected a list");
        }
        List<YamlView> out = new ArrayList<>();
        for (Node n : ((SequenceNode) node).getValue()) {
            out.add(new YamlView(file, n, where));
        }
        return out;
    }
}
