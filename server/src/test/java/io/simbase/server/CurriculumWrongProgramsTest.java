package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The curriculum's typical wrong programs (test resources {@code wrong-programs/}), graded
 * through the real {@code simbase grade} on the soft PLC: each loses exactly the checks its
 * mistake should cost, and a failed safety check caps the score.
 */
class CurriculumWrongProgramsTest {
    private static final Path WRONG = Path.of("src", "test", "resources", "wrong-programs");
    private static final Pattern FAILED = Pattern.compile("^(\\S+)\\s+\\d+/\\d+\\s+NO", Pattern.MULTILINE);

    private record Grade(int exit, Set<String> failed, String last, String out) {
    }

    private static Grade grade(String exercise, String program) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.execute(new String[] {"grade", exercise, "--plc", WRONG.resolve(program).toString()});
        } finally {
            System.setOut(oldOut);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        Set<String> failed = new TreeSet<>();
        Matcher m = FAILED.matcher(text);
        while (m.find()) {
            failed.add(m.group(1));
        }
        String[] lines = text.strip().split("\\R");
        return new Grade(exit, failed, lines[lines.length - 1], text);
    }

    @Test
    void motorControlWithoutInterlockShortCircuitsAndIsCappedAtForty() {
        Grade g = grade("motor-control", "motor-control-no-interlock.st");
        assertEquals(Set.of("delta_after_star", "interlock", "no_plugging"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aCrossingWithoutYellowAndClearanceTimesHasSignalConflictsAndIsCappedAtForty() {
        Grade g = grade("traffic-light", "traffic-light-no-clearance.st");
        assertEquals(Set.of("no_conflicts", "yellow_before_red"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
    }

    @Test
    void aFixedTimeCycleThatIgnoresTheButtonLetsPedestriansWaitTooLong() {
        Grade g = grade("traffic-light", "traffic-light-fixed-time.st");
        assertEquals(Set.of("no_jaywalking", "ped_served", "wait_light"), g.failed(), g.out());
        assertEquals("score=70/100 passed=true", g.last(), g.out());
    }

    @Test
    void motorControlIgnoringTheOverloadRelayLosesTheRecoveryAndTheFaultLight() {
        Grade g = grade("motor-control", "motor-control-no-overload.st");
        assertEquals(Set.of("fault_light", "overload_recovery"), g.failed(), g.out());
        assertEquals("score=85/100 passed=true", g.last(), g.out());
        assertEquals(0, g.exit(), g.out());
    }

    @Test
    void anEncoderTrackerBlindToTheCounterWrapLetsPartsRideToTheRejectBin() {
        Grade g = grade("sort-encoder", "sort-encoder-no-wrap.st");
        assertEquals(Set.of("black_to_bin3", "none_missed", "white_to_bin2"), g.failed(), g.out());
        assertEquals("score=60/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aSortingStationThatRestartsByItselfAfterTheEmergencyStopIsCappedAtForty() {
        Grade g = grade("sort-encoder", "sort-encoder-restarts-after-estop.st");
        assertEquals(Set.of("estop_recovery"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
    }
}
