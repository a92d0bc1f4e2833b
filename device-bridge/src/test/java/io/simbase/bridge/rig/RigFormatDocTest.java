package io.simbase.bridge.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/rig-format.md documents exactly the keys the rig loader accepts, each in its own table. */
class RigFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "rig-format.md");
    private static final Pattern ROW_KEY = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|");

    @Test
    void everyTopLevelKeyIsDocumentedAndNoOther() throws Exception {
        assertEquals(new TreeSet<>(RigFiles.TOP_KEYS), documented("## Top-level keys", "## Map entries"));
    }

    @Test
    void everyMapEntryKeyIsDocumentedAndNoOther() throws Exception {
        assertEquals(new TreeSet<>(RigFiles.MAP_ENTRY_KEYS), documented("## Map entries", "## Values on the wire"));
    }

    private static Set<String> documented(String from, String to) throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(from);
        int end = doc.indexOf(to);
        if (start < 0 || end < start) {
            throw new AssertionError(DOC + ": sections '" + from + "' and '" + to + "' not found in order");
        }
        Set<String> keys = new TreeSet<>();
        Matcher m = ROW_KEY.matcher(doc.substring(start, end));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
