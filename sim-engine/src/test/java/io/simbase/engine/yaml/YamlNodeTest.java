package io.simbase.engine.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared YAML helper: typed accessors, and file:line in every error. */
class YamlNodeTest {
    private static YamlException failure(String text, Check check) {
        return assertThrows(YamlException.class, () -> check.on(YamlNode.parse(text, "f.yaml")));
    }

    @FunctionalInterface
    private interface Check {
        void on(YamlNode root) throws YamlException;
    }

    @Test
    void typedValuesAreRead() throws Exception {
        YamlNode root = YamlNode.parse("name: belt\nunit: 1_024\nspeed: 0.5\non: yes\nat: [1, 2.5, 3]\nitems:\n  - a\n  - b\n",
                "f.yaml");
        root.allowOnly(Set.of("name", "unit", "speed", "on", "at", "items"));
        assertEquals("belt", root.get("name").text("name"));
        assertEquals(1024, root.integer("unit", 1, 0, 4096));
        assertEquals(7, root.integer("missing", 7, 0, 10));
        assertEquals(0.5, root.num("speed", 0, 1), 0);
        assertTrue(root.bool("on", false));
        assertArrayEquals(new double[] {1, 2.5, 3}, root.numbers("at", 3, 0, 10));
        List<YamlNode> items = root.get("items").list();
        assertEquals(2, items.size());
        assertEquals(8, items.get(1).line());
        assertNull(root.opt("nothing"));
        assertFalse(root.has("nothing"));
    }

    @Test
    void everyErrorNamesTheFileAndTheLine() {
        YamlException unknown = failure("a: 1\nbaud_rate: 2\n", r -> r.allowOnly(Set.of("a")));
        assertEquals(2, unknown.line());
        assertEquals("f.yaml:2: unknown key 'baud_rate' (allowed: a)", unknown.getMessage());

        assertEquals("f.yaml:2: duplicate key 'a'", failure("a: 1\na: 2\n", r -> r.get("a")).getMessage());
        assertEquals("f.yaml:1: missing 'b'", failure("a: 1\n", r -> r.get("b")).getMessage());
        assertEquals("f.yaml:3: unit: expected a whole number, got 'fast'",
                failure("a: 1\n\nunit: fast\n", r -> r.integer("unit", 1, 0, 10)).getMessage());
        assertEquals("f.yaml:1: unit: 300 is out of 1..247",
                failure("unit: 300\n", r -> r.integer("unit", 1, 1, 247)).getMessage());
        assertEquals("f.yaml:1: speed 9 out of range [0, 1]", failure("speed: 9\n", r -> r.num("speed", 0, 1)).getMessage());
        assertEquals("f.yaml:1: name: expected a value", failure("name:\n", r -> r.get("name").text("name")).getMessage());
        assertEquals("f.yaml:1: component 'x': expected a list",
                failure("a: 1\n", r -> r.within("component 'x'").list()).getMessage());
    }

    @Test
    void syntaxErrorsAndEmptyFilesAreErrorsToo() throws Exception {
        YamlException bad = assertThrows(YamlException.class, () -> YamlNode.parse("a: 1\nb: [x\n", "f.yaml"));
        assertTrue(bad.getMessage().startsWith("f.yaml:"), bad.getMessage());
        assertTrue(bad.line() >= 2, bad.getMessage());
        assertTrue(bad.problem().startsWith("not valid YAML"), bad.problem());
        assertEquals("f.yaml: the file is empty",
                assertThrows(YamlException.class, () -> YamlNode.parse("# nothing\n", "f.yaml")).getMessage());
        assertTrue(YamlNode.parseDocument("# nothing\n", "f.yaml").isEmpty());
    }
}
