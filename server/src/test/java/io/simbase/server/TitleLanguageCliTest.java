package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code simbase scenes --lang} and {@code simbase exercises --lang}: the titles in the chosen language, English by default. */
class TitleLanguageCliTest {
    private static List<String> lines(CliRun r) {
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().toList();
    }

    @Test
    void scenesPrintTheirChineseTitlesWithLangZhAndEnglishOnesByDefault() throws Exception {
        List<String> zh = lines(CliRun.run("scenes", "--lang", "zh"));
        List<String> en = lines(CliRun.run("scenes"));
        List<String> ids = Scenes.bundledIds();
        assertEquals(ids.size(), zh.size(), String.join("\n", zh));
        for (int i = 0; i < ids.size(); i++) {
            Scene s = Scenes.load(ids.get(i));
            assertTrue(zh.get(i).startsWith(s.id() + " "), zh.get(i));
            assertFalse(s.titleZh().isBlank(), s.id() + " has a Chinese title");
            assertTrue(zh.get(i).endsWith(" " + s.titleZh()), zh.get(i));
            assertTrue(en.get(i).endsWith(" " + s.title()), en.get(i));
        }
        assertTrue(String.join("\n", zh).contains("编码器分拣站（YL-335B）"), String.join("\n", zh));
        assertEquals(en, lines(CliRun.run("scenes", "--lang", "en")));
    }

    @Test
    void exercisesPrintTheirChineseTitlesWithLangZh() throws Exception {
        List<String> zh = lines(CliRun.run("exercises", "--lang", "zh"));
        List<String> en = lines(CliRun.run("exercises"));
        List<String> ids = Exercises.bundledIds();
        assertEquals(ids.size(), zh.size(), String.join("\n", zh));
        for (int i = 0; i < ids.size(); i++) {
            Exercise e = Exercises.load(ids.get(i));
            assertTrue(zh.get(i).startsWith(e.id() + " "), zh.get(i));
            assertTrue(zh.get(i).endsWith(" " + e.title().zh()), zh.get(i));
            assertTrue(en.get(i).endsWith(" " + e.title().en()), en.get(i));
        }
    }

    @Test
    void anUnknownLanguageIsAOneLineUsageErrorWithExitTwo() {
        for (String command : List.of("scenes", "exercises")) {
            CliRun r = CliRun.run(command, "--lang", "fr");
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().startsWith("simbase: ") && r.err().contains("--lang") && r.err().contains("fr"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
    }
}
