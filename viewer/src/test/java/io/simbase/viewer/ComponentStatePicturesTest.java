package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each curriculum component drawn alone under real GL (Xvfb, Mesa) in two states shows the
 * change: the door's position, the silo's valve and spill, the reading, the flow, the meter's
 * pointer, the agitator turning and its verdicts, the heater's glow, the lift's car, door and
 * alarm, the car park's barrier, cars and queue, the motor's shaft and trip lamp, the crossing's
 * cars, pedestrians and lights, the inverter belt's travel and the fibre optic's lamp; each by a
 * drawer of its own.
 */
class ComponentStatePicturesTest {
    /** Pixels of a 480 x 320 picture that must change: the smallest change, a sensor's lamp, is about 26. */
    private static final int MIN_CHANGED = 20;

    @Test
    void everyCurriculumComponentShowsItsState(@TempDir Path dir) throws Exception {
        String out;
        try (Xvfb x = Xvfb.start();
             ViewerProcess p = ViewerProcess.startMain(x.display(), dir, "io.simbase.viewer.app.DrawComponentStates")) {
            assertEquals(0, p.waitFor(180), p.output());
            out = p.output();
        }
        Matcher m = Pattern.compile("case=(\\S+) type=(\\S+) own=(\\S+) changed=(\\d+)").matcher(out);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        while (m.find()) {
            cases++;
            if (m.group(1).equals("control_same_state")) {
                assertEquals("0", m.group(4), "the same state drawn twice differs: the count means nothing");
                continue;
            }
            if (!Boolean.parseBoolean(m.group(3))) {
                failures.add(m.group(1) + ": " + m.group(2) + " has no drawer of its own");
            }
            if (Integer.parseInt(m.group(4)) < MIN_CHANGED) {
                failures.add(m.group(1) + ": only " + m.group(4) + " pixels changed");
            }
        }
        assertEquals(26, cases, out);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + out);
        assertTrue(out.contains("gl_errors=0"), out);
    }
}
