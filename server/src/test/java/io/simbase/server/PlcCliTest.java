package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simbase plc check} and {@code simbase run --plc} through the real command line. */
class PlcCliTest {
    @TempDir
    Path dir;

    private Path bundled(String name) throws Exception {
        Path p = dir.resolve(name.substring(name.indexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream("/simbase/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void checkAcceptsTheReferenceProgramsAgainstTheirScenes() throws Exception {
        for (String scene : List.of("conveyor-basics", "motor-control", "traffic-light", "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight", "sort-encoder", "pick-and-place", "tank-level", "tank-pid", "batch-mixer", "elevator", "car-park", "production-line")) {
            Path program = bundled("programs/" + scene + ".st");
            CliRun r = CliRun.run("plc", "check", program.toString(), "--scene", scene);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("compiles against scene " + scene), r.out());
        }
    }

    @Test
    void checkPrintsEveryErrorWithFileLineAndColumnAndExitsTwo() throws Exception {
        Path bad = dir.resolve("bad.st");
        Files.writeString(bad, "PROGRAM p\nVAR x : INT; END_VAR\nx := TRUE;\nstart_pb := FALSE;\nfoo := 2;\nEND_PROGRAM\n");
        CliRun r = CliRun.run("plc", "check", bad.toString(), "--scene", "conveyor-basics");
        assertEquals(2, r.exit());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(bad + ":3:6: type mismatch"), lines.get(0));
        assertTrue(lines.get(1).startsWith(bad + ":4:1: cannot assign sensor tag 'start_pb'"), lines.get(1));
        assertTrue(lines.get(2).startsWith(bad + ":5:1: unknown name 'foo'"), lines.get(2));
    }

    @Test
    void checkOfAMissingFileOrSceneIsOneLine() {
        CliRun missing = CliRun.run("plc", "check", dir.resolve("none.st").toString(), "--scene", "conveyor-basics");
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("no such file"), missing.err());
        CliRun noScene = CliRun.run("plc", "check", dir.resolve("none.st").toString(), "--scene", "no-such-scene");
        assertEquals(2, noScene.exit());
        CliRun noOption = CliRun.run("plc", "check", "x.st");
        assertEquals(2, noOption.exit());
    }

    @Test
    void runWithTheSortingProgramPrintsTagsThenTheSummaryWithTheHashLast() throws Exception {
        Path program = bundled("programs/sorting-station.st");
        Path start = bundled("inputs/press-start.txt");
        String[] args = {"run", "sorting-station", "--seconds", "60", "--plc", program.toString(), "--inputs", start.toString(),
            "--tags", "--hash"};
        CliRun r = CliRun.run(args);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("start_pb=0", lines.get(0));
        assertTrue(lines.contains("belt_run=1"), r.out());
        assertTrue(lines.contains("fault_light=0"), r.out());
        assertTrue(r.out().contains("parts_lost=0"), r.out());
        assertTrue(r.out().contains("plc=RUN program=sorting scans=12000"), r.out());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("hash=[0-9a-f]{16}"), last);
        assertEquals(last, CliRun.run(args).out().strip().lines().reduce((a, b) -> b).orElseThrow(), "same inputs, same hash");
        int bins = 0;
        for (String l : lines) {
            if (l.matches("bin\\d_count=\\d+")) {
                bins += Integer.parseInt(l.substring(l.indexOf('=') + 1));
            }
        }
        assertTrue(bins >= 18, r.out());
    }

    @Test
    void runWithAProgramThatFaultsReportsTheFaultAndGoesOn() throws Exception {
        Path p = dir.resolve("div.st");
        Files.writeString(p, "PROGRAM p\nVAR z : INT; x : INT; END_VAR\nbelt_run := TRUE;\nx := 1 / z;\nEND_PROGRAM\n");
        CliRun r = CliRun.run("run", "conveyor-basics", "--seconds", "2", "--plc", p.toString(), "--tags", "--hash");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("plc=FAULT program=p scans=0 fault=\"" + p + ":4: division by zero\""), r.out());
        assertTrue(r.out().contains("belt_run=0"), r.out());
    }

    @Test
    void directAddressesUseTheScenesDefaultModbusMap() throws Exception {
        // conveyor-basics: start_pb is discrete input 0, belt_run coil 0, delivered input register 0
        Path p = dir.resolve("at.st");
        Files.writeString(p, "PROGRAM p\nVAR start AT %IX0.0 : BOOL; belt AT %QX0.0 : BOOL; count AT %IW0 : INT; END_VAR\n"
                + "belt := belt OR start;\nEND_PROGRAM\n");
        CliRun r = CliRun.run("run", "conveyor-basics", "--seconds", "30", "--plc", p.toString(), "--inputs", bundled("inputs/press-start.txt").toString(),
                "--tags");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("belt_run=1"), r.out());
        Path bad = dir.resolve("bad-at.st");
        Files.writeString(bad, "PROGRAM p\nVAR x AT %IX7.7 : BOOL; END_VAR\nEND_PROGRAM\n");
        CliRun c = CliRun.run("plc", "check", bad.toString(), "--scene", "conveyor-basics");
        assertEquals(2, c.exit());
        assertTrue(c.err().startsWith(bad + ":2:10: no scene tag at %IX7.7"), c.err());
    }
}
