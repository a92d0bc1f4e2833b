package io.simbase.plc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.simbase.engine.world.World;
import io.simbase.plc.Plc;
import io.simbase.plc.PlcSnapshot;
import io.simbase.plc.PlcState;
import org.junit.jupiter.api.Test;

/**
 * A world snapshot plus the soft PLC's snapshot, restored into a new world and a new PLC, run
 * on exactly as the original: the same state hash and the same PLC variables after the same
 * steps. The motor's program holds a latched direction, an edge detector and a running star timer
 * at the snapshot; a cold start instead (what a replay did before keyframes) ends elsewhere.
 */
class PlcSnapshotTest {
    private static final int STEPS_AFTER = 1200;

    @Test
    void restoredWorldAndPlcRunOnLikeTheOriginal() throws Exception {
        PlantRun r = new PlantRun("motor-control", "motor-control.st");
        r.seconds(1).press("fwd_pb").seconds(2); // in star: run_fwd latched, the star timer running
        byte[] world = r.world.snapshot();
        PlcSnapshot plc = r.loop.plc().snapshot();
        long[] straight = runOn(r.world, r.loop.plc());

        World copy = io.simbase.engine.scene.Scenes.load("motor-control").newWorld();
        copy.restore(world);
        Plc restored = new Plc(new WorldIo(copy), copy.stepNanos());
        restored.restore(plc);
        assertEquals(PlcState.RUN, restored.state());
        long[] again = runOn(copy, restored);
        assertEquals(straight[0], again[0], "state hash after " + STEPS_AFTER + " steps");
        assertEquals(straight[1], again[1], "PLC scans");
        assertEquals(straight[2], again[2], "the PLC's watch values");

        World cold = io.simbase.engine.scene.Scenes.load("motor-control").newWorld();
        cold.restore(world);
        Plc coldPlc = new Plc(new WorldIo(cold), cold.stepNanos());
        coldPlc.load(plc.program());
        coldPlc.run();
        assertNotEquals(straight[0], runOn(cold, coldPlc)[0], "without the PLC's memory the replay would differ");
    }

    @Test
    void aStoppedPlcWithoutProgramRestoresAsStopped() throws Exception {
        World w = io.simbase.engine.scene.Scenes.load("conveyor-basics").newWorld();
        Plc empty = new Plc(new WorldIo(w), w.stepNanos());
        PlcSnapshot s = empty.snapshot();
        Plc other = new Plc(new WorldIo(w), w.stepNanos());
        other.restore(s);
        assertEquals(PlcState.STOP, other.state());
        assertEquals(null, other.program());
        assertEquals(false, other.step(0), "nothing to scan");
    }

    /** Steps on; returns {state hash, scans, hash of the watch values}. */
    private static long[] runOn(World w, Plc plc) {
        for (int i = 0; i < STEPS_AFTER; i++) {
            plc.step(w.simNanos());
            w.step();
        }
        double[] watch = new double[plc.program().watch().size()];
        plc.copyWatch(watch);
        return new long[] {w.stateHash(), plc.scanCount(), java.util.Arrays.hashCode(watch)};
    }
}
