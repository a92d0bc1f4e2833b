package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every component type the engine has registered (its own and any plugin's) is drawn under real
 * GL without an error: motor, crossing and the pneumatic handler by their own drawers, a type without a drawer from the
 * drawing the engine sends with it (a type of tomorrow, magenta, shows in the picture).
 */
class EveryComponentTypeDrawsTest {
    @Test
    void everyRegisteredTypeDrawsWithoutAGlError(@TempDir Path dir) throws Exception {
        String out;
        try (Xvfb x = Xvfb.start();
             ViewerProcess p = ViewerProcess.startMain(x.display(), dir, "io.simbase.viewer.app.DrawEveryComponentType")) {
            assertEquals(0, p.waitFor(180), p.output());
            out = p.output();
        }
        Matcher m = Pattern.compile("registered=(\\S*) drawn=(\\S*) missing=(\\S*) own=(\\S*) generic=(\\S*) "
                + "gl_errors=(\\d+) magenta_pixels=(\\d+)").matcher(out);
        assertTrue(m.find(), out);
        List<String> registered = List.of(m.group(1).split(","));
        assertTrue(registered.size() >= 30 && registered.containsAll(List.of("motor", "crossing", "belt")), m.group(1));
        assertEquals("", m.group(3), "registered types never drawn");
        assertTrue(List.of(m.group(4).split(",")).containsAll(List.of("motor", "crossing", "pneumatic_handler", "magazine",
                "press", "tower_light")), "own drawers: " + m.group(4));
        assertTrue(List.of(m.group(5).split(",")).contains("plant_of_tomorrow"), "generic: " + m.group(5));
        assertEquals(0, Integer.parseInt(m.group(6)), "GL errors");
        assertTrue(Long.parseLong(m.group(7)) > 200, "the new type's magenta slab is not in the picture: " + out);
    }
}
