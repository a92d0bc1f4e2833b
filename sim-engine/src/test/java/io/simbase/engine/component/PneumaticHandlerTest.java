package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/**
 * The pneumatic handler against its model: constant-speed strokes with end switches at both
 * ends, the bistable X valve that runs on after a pulse, the spring-return Z valve, a vacuum that
 * builds only on a part under the lowered cup, carrying, placing, a part released in the air
 * falling, the crash and drop counters, the faults.
 */
class PneumaticHandlerTest {
    /**
     * X 0.5 m in 1 s out (2.5 mm a step), 0.8 s back; Z 0.15 m in 0.5 s down (1.5 mm a step), 0.3 s
     * up; vacuum 0.15 s. One part on the pick table (top 0.8 m); the place table under x = 0.5 m
     * unless {@code placeTable} is false.
     */
    private static World cell(boolean placeTable) {
        return TestScenes.parse("scene: h\nstep_ms: 5\nseed: 3\n"
                + "parts:\n  - {name: p, shape: box, size: [0.06, 0.06, 0.05], material: plastic, mass: 0.1}\n"
                + "tags:\n"
                + "  - {name: out, type: bool, dir: actuator}\n"
                + "  - {name: back, type: bool, dir: actuator}\n"
                + "  - {name: down, type: bool, dir: actuator}\n"
                + "  - {name: vac, type: bool, dir: actuator}\n"
                + "  - {name: x0, type: bool, dir: sensor}\n"
                + "  - {name: x1, type: bool, dir: sensor}\n"
                + "  - {name: z0, type: bool, dir: sensor}\n"
                + "  - {name: z1, type: bool, dir: sensor}\n"
                + "  - {name: vok, type: bool, dir: sensor}\n"
                + "  - {name: crashes, type: int, dir: sensor}\n"
                + "  - {name: drops, type: int, dir: sensor}\n"
                + "components:\n"
                + "  - {id: pick, type: table, at: [0.0, 0.0], length: 0.2, width: 0.2, height: 0.8}\n"
                + (placeTable ? "  - {id: place, type: table, at: [0.5, 0.0], length: 0.2, width: 0.2, height: 0.8}\n" : "")
                + "  - {id: feed, type: emitter, at: [0.0, 0.0], interval_s: 100, first_s: 0, limit: 1, sequence: [p]}\n"
                + "  - {id: h, type: pneumatic_handler, at: [0.0, 0.0], x_extend: out, x_retract: back, z_lower: down,"
                + " vacuum: vac, x_retracted: x0, x_extended: x1, z_raised: z0, z_lowered: z1, vacuum_ok: vok,"
                + " crashes: crashes, drops: drops, stroke_x: 0.5, stroke_z: 0.15, reach_z: 0.85, extend_s: 1.0,"
                + " retract_s: 0.8, lower_s: 0.5, raise_s: 0.3, vacuum_s: 0.15}\n").newWorld();
    }

    private static double get(World w, String tag) {
        return w.io().get(w.layout().indexOf(tag));
    }

    private static PneumaticHandler of(World w) {
        return (PneumaticHandler) w.component("h");
    }

    private static int onlyPart(World w) {
        PartSystem p = w.parts();
        assertEquals(1, p.liveCount(), "one part in the cell");
        for (int i = 0; i < p.capacity(); i++) {
            if (p.alive(i)) {
                return i;
            }
        }
        throw new AssertionError("no live part");
    }

    @Test
    void xRunsAtConstantSpeedAndTheBistableValveRunsOnAfterAPulse() {
        World w = cell(true);
        w.step();
        assertEquals(1, get(w, "x0"), "at the pick point at the start");
        assertEquals(0, get(w, "x1"));
        assertEquals(1, get(w, "z0"));
        w.setInput("out", 1);
        w.step(); // one scan's pulse sets the spool
        w.setInput("out", 0);
        w.step(99); // 0.5 s: half way, with both solenoids off
        assertEquals(0.25, of(w).xM(), 1e-9);
        assertEquals(0, get(w, "x0"));
        w.step(98); // 0.495 m: 5 mm short
        assertEquals(0, get(w, "x1"));
        w.step(1); // 0.4975 m: inside the 3 mm window
        assertEquals(1, get(w, "x1"), "the end switch closes 3 mm before the end");
        w.step(100);
        assertEquals(0.5, of(w).xM(), 1e-12, "stops at the end of the stroke");
        w.setInput("back", 1);
        w.setInput("out", 1);
        w.step(50);
        assertEquals(0.5, of(w).xM(), 1e-12, "both solenoids on: the spool stays where it was");
        w.setInput("out", 0);
        w.step(80); // 0.4 s of 0.8 s back
        assertEquals(0.25, of(w).xM(), 1e-9);
        w.step(100);
        assertEquals(1, get(w, "x0"));
        assertEquals(0, of(w).crashes(), "X moved with Z up only");
    }

    @Test
    void zLowersOnTheSolenoidAndTheSpringRaisesIt() {
        World w = cell(true);
        w.setInput("down", 1);
        w.step(50); // 0.25 s of 0.5 s
        assertEquals(0.075, of(w).zM(), 1e-9);
        assertEquals(0, get(w, "z0"));
        assertEquals(0, get(w, "z1"));
        w.step(50);
        assertEquals(1, get(w, "z1"));
        w.setInput("down", 0);
        w.step(30); // 0.15 s of 0.3 s up
        assertEquals(0.075, of(w).zM(), 1e-9);
        w.step(30);
        assertEquals(1, get(w, "z0"));
        assertEquals(0, get(w, "z1"));
    }

    @Test
    void theCupPicksOnlyWhenLoweredOntoThePartWithTheVacuumOn() {
        World w = cell(true);
        w.setInput("vac", 1);
        w.step(200);
        assertEquals(0, get(w, "vok"), "up: the open cup builds no vacuum");
        w.setInput("vac", 0);
        w.setInput("down", 1);
        w.step(200);
        assertEquals(0, get(w, "vok"), "down with the vacuum off: nothing held");
        assertFalse(of(w).holding());
        w.setInput("vac", 1);
        w.step(29); // 0.145 s of the 0.15 s the vacuum takes
        assertEquals(0, get(w, "vok"));
        w.step(1);
        assertEquals(1, get(w, "vok"), "held after 0.15 s");
        w.setInput("down", 0);
        w.step(60);
        int part = onlyPart(w);
        assertEquals(0.95, w.parts().z(part), 1e-9, "lifted with the cup: its base 0.15 m above the table");
        assertEquals(1, get(w, "vok"));
    }

    @Test
    void anEmptyCupBuildsNoVacuum() {
        World w = cell(true);
        w.setInput("out", 1); // over the empty place table
        w.step(250);
        w.setInput("down", 1);
        w.setInput("vac", 1);
        w.step(400);
        assertEquals(1, get(w, "z1"));
        assertEquals(0, get(w, "vok"));
    }

    @Test
    void aCarriedPartIsPlacedOnTheTableWhereTheCupReleasesIt() {
        World w = cell(true);
        pickAndLift(w);
        w.setInput("out", 1);
        w.step(210);
        assertEquals(1, get(w, "x1"));
        int part = onlyPart(w);
        assertEquals(0.5, w.parts().x(part), 1e-9, "carried with X");
        w.setInput("down", 1);
        w.step(100);
        w.setInput("vac", 0);
        w.step();
        assertEquals(0, get(w, "vok"), "released at once");
        w.setInput("down", 0);
        w.step(200);
        assertEquals(0.5, w.parts().x(part), 1e-6);
        assertEquals(0.8, w.parts().z(part), 1e-3, "resting on the place table");
        assertEquals(0, get(w, "drops"));
        assertEquals(0, get(w, "crashes"));
    }

    @Test
    void aPartReleasedInTheAirFallsAndCountsAsADrop() {
        World w = cell(false);
        pickAndLift(w);
        w.setInput("out", 1);
        w.step(100); // half way, over nothing
        w.setInput("vac", 0);
        w.step();
        assertEquals(1, get(w, "drops"));
        w.step(200); // 0.95 m to the floor takes about 0.44 s
        assertEquals(0, w.parts().liveCount(), "it fell to the floor and is lost");
    }

    @Test
    void movingXWithTheCupDownIsOneCrashPerMove() {
        World w = cell(true);
        w.setInput("down", 1);
        w.step(20); // 30 mm down
        w.setInput("out", 1);
        w.step(50);
        w.setInput("out", 0);
        w.step(200);
        assertEquals(1, get(w, "crashes"));
        w.setInput("back", 1);
        w.step(10);
        assertEquals(2, get(w, "crashes"));
    }

    @Test
    void lowPressureSlowsTheStrokesAndATornCupDropsThePart() {
        World w = cell(true);
        w.injectFault("h", "slow", 2);
        w.setInput("out", 1);
        w.step(200); // 1 s of the 2 s it now takes
        assertEquals(0.25, of(w).xM(), 1e-9);
        w.clearFault("h", "slow");
        w.setInput("out", 0);
        w.setInput("back", 1);
        w.step(200);
        w.setInput("back", 0);
        pickAndLift(w);
        w.injectFault("h", "vacuum_lost", 0);
        w.step();
        assertEquals(0, get(w, "vok"));
        assertEquals(0, get(w, "drops"), "a torn cup is no drop of the program's");
        w.step(100);
        int part = onlyPart(w);
        assertEquals(0.8, w.parts().z(part), 1e-3, "fell back onto the pick table");
        w.setInput("down", 1);
        w.step(150);
        assertEquals(0, get(w, "vok"), "no vacuum while the cup is torn");
    }

    /** Lowers onto the part at the pick point, grips and raises it. */
    private static void pickAndLift(World w) {
        w.setInput("down", 1);
        w.setInput("vac", 1);
        w.step(150);
        assertEquals(1, get(w, "vok"));
        w.setInput("down", 0);
        w.step(80);
        assertEquals(1, get(w, "z0"));
    }
}
