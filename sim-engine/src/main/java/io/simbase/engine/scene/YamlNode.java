package io.simbase.engine.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A typed, line-aware view of a YAML node: every accessor that fails throws a
 * {@link SceneException} naming the file, the line and the problem. {@code where} is the
 * human context ("component 'belt1'") prefixed to messages.
 */
final class YamlNode {
    private final String file;
    private final Node node;
    private final String where;

    YamlNode(String file, Node node, String where) {
        this.file = file;
        this.node = node;
        this.where = where;
    }

    int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    String where() {
        return where;
    }

    YamlNode within(String newWhere) {
        return new YamlNode(file, node, newWhere);
    }

    SceneException error(String problem) {
        return new SceneException(file, line(), (where.isEmpty() ? "" : where + ": ") + problem);
    }

    private Map<String, YamlNode> entries() throws SceneException {
        if (!(node instanceof MappingNode)) {
            throw error("expected a mapping (key: value)");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                throw new YamlNode(file, t.getKeyNode(), where).error("keys must be plain words");
            }
            String k = ((ScalarNode) t.getKeyNode()).getValue();
            if (out.put(k, new YamlNode(file, t.getValueNode(), where)) != null) {
                throw new YamlNode(file, t.getKeyNode(), where).error("duplicate key '" + k + "'");
            }
        }
        return out;
    }

    /** Fails on any key not in {@code allowed}, suggesting the valid ones. */
    void allowOnly(Set<String> allowed) throws SceneException {
        if (!(node instanceof MappingNode)) {
            throw error("expected a mapping (key: value)");
        }
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String k = ((ScalarNode) t.getKeyNode()).getValue();
            if (!allowed.contains(k)) {
                throw new YamlNode(file, t.getKeyNode(), where)
                        .error("unknown key '" + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(String key) throws SceneException {
        return entries().containsKey(key);
    }

    YamlNode get(String key) throws SceneException {
        YamlNode n = entries().get(key);
        if (n == null) {
            throw error("missing '" + key + "'");
        }
        return n;
    }

    YamlNode opt(String key) throws SceneException {
        return entries().get(key);
    }

    String scalar() throws SceneException {
        if (!(node instanceof ScalarNode)) {
            throw error("expected a single value");
        }
        return ((ScalarNode) node).getValue();
    }

    String str(String key) throws SceneException {
        return get(key).scalar();
    }

    String str(String key, String dflt) throws SceneException {
        YamlNode n = opt(key);
        return n == null ? dflt : n.scalar();
    }

    double number(double min, double max, String what) throws SceneException {
        String s = scalar();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(what + ": '" + s + "' is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw error(what + " " + s + " out of range [" + fmt(min) + ", " + fmt(max) + "]");
        }
        return v;
    }

    double num(String key, double min, double max) throws SceneException {
        return get(key).number(min, max, key);
    }

    double num(String key, double dflt, double min, double max) throws SceneException {
        YamlNode n = opt(key);
        return n == null ? dflt : n.number(min, max, key);
    }

    boolean bool(String key, boolean dflt) throws SceneException {
        YamlNode n = opt(key);
        if (n == null) {
            return dflt;
        }
        String s = n.scalar();
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no")) {
            return false;
        }
        throw n.error(key + ": '" + s + "' is not true or false");
    }

    List<YamlNode> list() throws SceneException {
        if (!(node instanceof SequenceNode)) {
            throw error("expected a list");
        }
        List<YamlNode> out = new ArrayList<>();
        for (Node n : ((SequenceNode) node).getValue()) {
            out.add(new YamlNode(file, n, where));
        }
        return out;
    }

    /** A list of exactly {@code n} numbers in range, e.g. {@code at: [1.0, 0.2, 0.8]}. */
    double[] numbers(String key, int n, double min, double max) throws SceneException {
        YamlNode v = get(key);
        List<YamlNode> items = v.list();
        if (items.size() != n) {
            throw v.error(key + " needs " + n + " numbers, got " + items.size());
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = items.get(i).number(min, max, key + "[" + i + "]");
        }
        return out;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
