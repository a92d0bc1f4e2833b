package io.simbase.bridge.rig;

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

/** A line-aware view of a YAML node: every failing accessor throws a {@link RigException} with file and line. */
final class Yaml {
    private final String file;
    private final Node node;

    Yaml(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    RigException error(String problem) {
        return new RigException(file, line(), problem);
    }

    /** The entries of a mapping, in order; unknown keys (not in {@code allowed}) are errors. */
    Map<String, Yaml> mapping(Set<String> allowed, String what) throws RigException {
        if (!(node instanceof MappingNode mn)) {
            throw error(what + ": expected a mapping (key: value)");
        }
        Map<String, Yaml> out = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            Yaml key = new Yaml(file, t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode sk)) {
                throw key.error(what + ": keys must be plain words");
            }
            String k = sk.getValue();
            if (!allowed.contains(k)) {
                throw key.error(what + ": unknown key '" + k + "' (expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (out.put(k, new Yaml(file, t.getValueNode())) != null) {
                throw key.error(what + ": duplicate key '" + k + "'");
            }
        }
        return out;
    }

    List<Yaml> sequence(String what) throws RigException {
        if (!(node instanceof SequenceNode sn)) {
            throw error(what + ": expected a list");
        }
        List<Yaml> out = new ArrayList<>();
        for (Node n : sn.getValue()) {
            out.add(new Yaml(file, n));
        }
        return out;
    }

    String text(String what) throws RigException {
        if (!(node instanceof ScalarNode sn) || sn.getValue().isEmpty()) {
            throw error(what + ": expected a value");
        }
        return sn.getValue();
    }

    long integer(String what, long min, long max) throws RigException {
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
}
