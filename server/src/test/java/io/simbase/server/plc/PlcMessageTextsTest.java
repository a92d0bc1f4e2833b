package io.simbase.server.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.plc.CompileError;
import io.simbase.plc.CompileResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Compile errors and PLC faults carry a code and arguments that the dashboard's message tables
 * (web/i18n/en.js, zh.js) turn into text: over thousands of damaged reference programs, every
 * error has a code whose English text, filled with its arguments, is exactly the English message
 * the command line prints, and a Chinese text; every fault code has both.
 */
class PlcMessageTextsTest {
    private static final Pattern ENTRY = Pattern.compile("^\\s*'([^']+)': '((?:[^'\\\\]|\\\\.)*)',\\s*$", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_]\\w*|\\d+(?:\\.\\d+)?|:=|=>|\\.\\.|\\S");
    private static final List<String> FAULT_CODES = List.of("budget_exceeded", "index_out_of_range", "division_by_zero",
            "mod_by_zero", "sqrt_negative", "mux_out_of_range", "internal");

    static Map<String, String> table(String lang) throws IOException {
        String text = resource("simbase/web/i18n/" + lang + ".js");
        Map<String, String> t = new HashMap<>();
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            t.put(m.group(1), m.group(2).replace("\\'", "'").replace("\\\\", "\\"));
        }
        return t;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlcMessageTextsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The page's filling of {0}, {1}... (i18n.js). */
    static String fill(String template, List<String> args) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(i < args.size() ? args.get(i) : m.group()));
        }
        return m.appendTail(b).toString();
    }

    private static boolean chinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** {@code source} with one token deleted, doubled or replaced by another of the file or a stray one. */
    private static String damaged(String source, SplittableRandom r) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        String tok = source.substring(s[0], s[1]);
        String[] stray = {"x9", "TRUE", "1.5", "T#5s", "=", ":=", "..", "[", "(", "100000", "INT", "TON", "%IX0.9", "%QW3.1",
            "REAL", "WORD", "ARRAY[1..2] OF INT", "EXIT;", "sensor_a", "start_pb"};
        String with = switch (r.nextInt(4)) {
            case 0 -> "";
            case 1 -> tok + " " + tok;
            case 2 -> stray[r.nextInt(stray.length)];
            default -> {
                int[] o = spans.get(r.nextInt(spans.size()));
                yield source.substring(o[0], o[1]);
            }
        };
        return source.substring(0, s[0]) + with + source.substring(s[1]);
    }

    @Test
    void everyCompileErrorOfThousandsOfDamagedProgramsHasItsTextInEnglishAndChinese() throws Exception {
        Map<String, String> en = table("en");
        Map<String, String> zh = table("zh");
        TreeSet<String> codes = new TreeSet<>();
        int errors = 0;
        SplittableRandom r = new SplittableRandom(61131);
        for (String scene : List.of("conveyor-basics", "sorting-station", "tank-level", "motor-control", "traffic-light")) {
            Scene sc = Scenes.load(scene);
            String program = resource("simbase/programs/" + scene + ".st");
            for (int i = 0; i < 400; i++) {
                String bad = damaged(i % 3 == 0 ? program : damaged(program, r), r);
                CompileResult c = SessionPlc.compile(bad, "p.st", sc.layout());
                for (CompileError e : c.errors()) {
                    errors++;
                    codes.add(e.code());
                    String key = "plc.error." + e.code();
                    assertTrue(en.containsKey(key), "no English text for " + key + " (" + e + ")");
                    assertEquals(e.message(), fill(en.get(key), e.args()), key + " filled with " + e.args());
                    assertTrue(zh.containsKey(key) && chinese(zh.get(key)), "no Chinese text for " + key);
                    assertFalse(fill(zh.get(key), e.args()).matches(".*\\{\\d+}.*"), "an argument left out: " + key);
                }
            }
        }
        assertTrue(errors > 1000 && codes.size() >= 15, errors + " errors of " + codes.size() + " kinds: " + codes);
    }

    @Test
    void everyFaultCodeHasItsTextInEnglishAndChinese() throws Exception {
        Map<String, String> en = table("en");
        Map<String, String> zh = table("zh");
        for (String code : FAULT_CODES) {
            assertTrue(en.containsKey("plc.fault." + code), code);
            assertTrue(zh.containsKey("plc.fault." + code) && chinese(zh.get("plc.fault." + code)), code);
        }
        assertEquals("array index 12 out of range [1..10]",
                fill(en.get("plc.fault.index_out_of_range"), List.of("12", "1", "10")));
        assertEquals("数组下标 12 超出范围 [1..10]", fill(zh.get("plc.fault.index_out_of_range"), List.of("12", "1", "10")));
    }
}
