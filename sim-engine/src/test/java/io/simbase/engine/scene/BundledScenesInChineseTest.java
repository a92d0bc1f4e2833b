package io.simbase.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.io.TagDef;
import io.simbase.engine.world.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text of a bundled scene that a student or instructor reads exists in Chinese: the
 * title and description, each tag's description, and the label of every component that has one
 * (the operator panel's buttons, switches, set points, lights and displays), each with Chinese
 * characters in it. A text a scene adds without its Chinese fails here, naming scene and text.
 */
class BundledScenesInChineseTest {
    private static final Pattern CHINESE = Pattern.compile("[\\u3400-\\u9fff]");

    @Test
    void everyStudentVisibleTextOfEveryBundledSceneHasItsChinese() throws Exception {
        List<String> missing = new ArrayList<>();
        int labels = 0;
        for (String id : Scenes.bundledIds()) {
            Scene s = Scenes.load(id);
            check(missing, id + " title", s.zh().title());
            check(missing, id + " description", s.zh().description());
            for (TagDef t : s.layout().tags()) {
                if (!t.description().isEmpty()) {
                    check(missing, id + " tag " + t.name() + " (" + t.description() + ")", t.descriptionZh());
                }
            }
            for (Component c : s.createComponents()) {
                Map<String, String> p = c.properties();
                if (p.containsKey("label")) {
                    labels++;
                    check(missing, id + " " + c.type() + " " + c.id() + " (" + p.get("label") + ")", p.getOrDefault("label_zh", ""));
                }
            }
        }
        assertEquals(List.of(), missing, "student-visible texts without Chinese");
        assertTrue(labels >= 50, "the panels' labels were found: " + labels);
    }

    private static void check(List<String> missing, String what, String zh) {
        if (!CHINESE.matcher(zh).find()) {
            missing.add(what);
        }
    }
}
