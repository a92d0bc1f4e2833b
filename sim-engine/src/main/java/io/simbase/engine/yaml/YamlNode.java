package io.simbase.engine.yaml;

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
 * A typed, line-aware view of one node of a YAML document. Every accessor that fails throws a
 * {@link YamlException} naming the file, the node's line and the problem; {@code where} is the
 * human context ("component 'belt1'") put before problems, empty for none. Immutable.
 *
 * <pre>
 *   YamlNode root = YamlNode.parse(text, "rigs/bench.yaml");
 *   root.allowOnly(KEYS);                        // unknown keys are errors, with the line
 *   int unit = (int) root.integer("unit", 1, 1, 247);
 * </pre>
 */
public final class YamlNode {
    private final String file;
    private final Node node;
    private final String where;

    public YamlNode(String file, Node node, String where) {
        this.file = file;
        this.node = node;
        this.where = where;
    }

    /**
     * Parses one YAML document; {@code source} names it in messages. An empty document, a
     * second document or a syntax error is a {@link YamlException} with the line.
     */
    public static YamlNode parse(String text, String source) throws YamlException {
        Optional<YamlNode> root = parseDocument(text, source);
        if (root.isEmpty()) {
            throw new YamlException(source, 0, "the file is empty");
        }
        return root.get();
    }

    /** As {@link #parse}, but a document with no content (empty, or only comments) is empty, not an error. */
    public static Optional<YamlNode> parseDocument(String text, String source) throws YamlException {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(source).build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            return composer.getSingleNode().map(n -> new YamlNode(source, n, ""));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new YamlException(source, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new YamlException(source, 0, "not valid YAML: " + e.getMessage());
        }
    }

    /** The file, as given to {@link #parse}. */
    public String file() {
        return file;
    }

    /** 1-based line where this node starts, or 0 when unknown. */
    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    public String where() {
        return where;
    }

    /** The same node with another context for messages. */
    public YamlNode within(String newWhere) {
        return new YamlNode(file, node, newWhere);
    }

    /** An error at this node's line. */
    public YamlException error(String problem) {
        return new YamlException(file, line(), (where.isEmpty() ? "" : where + ": ") + problem);
    }

    private Map<String, YamlNode> entries() throws YamlException {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping (key: value)");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlNode(file, t.getKeyNode(), where).error("keys must be plain words");
            }
            if (out.put(key.getValue(), new YamlNode(file, t.getValueNode(), where)) != null) {
                throw new YamlNode(file, t.getKeyNode(), where).error("duplicate key '" + key.getValue() + "'");
            }
        }
        return out;
    }

    /** Fails on any key not in {@code allowed} (at the key's line), naming the valid ones. */
    public void allowOnly(Set<String> allowed) throws YamlException {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping (key: value)");
        }
        for (NodeTuple t : mapping.getValue()) {
            YamlNode keyAt = new YamlNode(file, t.getKeyNode(), where);
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw keyAt.error("keys must be plain words");
            }
            if (!allowed.contains(key.getValue())) {
                throw keyAt.error("unknown key '" + key.getValue() + "' (allowed: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** The mapping's keys, in file order. */
    public List<String> keys() throws YamlException {
        return new ArrayList<>(entries().keySet());
    }

    public boolean has(String key) throws YamlException {
        return entries().containsKey(key);
    }

    /** The value of a required key. */
    public YamlNode get(String key) throws YamlException {
        YamlNode n = entries().get(key);
        if (n == null) {
            throw error("missing '" + key + "'");
        }
        return n;
    }

    /** The value of an optional key, or null. */
    public YamlNode opt(String key) throws YamlException {
        return entries().get(key);
    }

    /** A scalar's text (possibly empty). */
    public String scalar() throws YamlException {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value");
        }
        return scalar.getValue();
    }

    /** A non-empty scalar's text; {@code what} names it in the message. */
    public String text(String what) throws YamlException {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isEmpty()) {
            throw error(what + ": expected a value");
        }
        return scalar.getValue();
    }

    public String str(String key) throws YamlException {
        return get(key).scalar();
    }

    public String str(String key, String dflt) throws YamlException {
        YamlNode n = opt(key);
        return n == null ? dflt : n.scalar();
    }

    /** A number in {@code [min, max]}. */
    public double number(double min, double max, String what) throws YamlException {
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

    public double num(String key, double min, double max) throws YamlException {
        return get(key).number(min, max, key);
    }

    public double num(String key, double dflt, double min, double max) throws YamlException {
        YamlNode n = opt(key);
        return n == null ? dflt : n.number(min, max, key);
    }

    /** A whole number in {@code [min, max]} ({@code _} allowed as a digit separator). */
    public long integer(String what, long min, long max) throws YamlException {
        String s = text(what);
        long v;
        try {
            v = Long.parseLong(s.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error(what + ": expected a whole number, got '" + s + "'");
        }
        if (v < min || v > max) {
            throw error(what + ": " + v + " is out of " + min + ".." + max);
        }
        return v;
    }

    /** The whole number under an optional key, or {@code dflt}. */
    public long integer(String key, long dflt, long min, long max) throws YamlException {
        YamlNode n = opt(key);
        return n == null ? dflt : n.integer(key, min, max);
    }

    public boolean bool(String key, boolean dflt) throws YamlException {
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

    /** The items of a sequence. */
    public List<YamlNode> list() throws YamlException {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list");
        }
        List<YamlNode> out = new ArrayList<>();
        for (Node n : sequence.getValue()) {
            out.add(new YamlNode(file, n, where));
        }
        return out;
    }

    /** A list of exactly {@code n} numbers in range, e.g. {@code at: [1.0, 0.2, 0.8]}. */
    public double[] numbers(String key, int n, double min, double max) throws YamlException {
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
