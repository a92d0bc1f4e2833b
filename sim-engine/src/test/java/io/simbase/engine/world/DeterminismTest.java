package io.simbase.engine.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.scene.InputScript;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeterminismTest {
    private static final String DEMO = "0 belt_run 1\n500 start_pb 1\n700 start_pb 0\n"
            + "3000 pusher1_extend 1\n3600 pusher1_extend 0\n7000 pusher2_extend 1\n7600 pusher2_extend 0\n";
    private static final int STEPS = 6000; // 30 s

    private static long[] run(Scene scene, long seed, String inputs) throws Exception {
        World w = scene.newWorld(seed);
        InputScript script = InputScript.parse(inputs, "inputs", scene);
        long[] hashes = new long[STEPS];
        for (int i = 0; i < STEPS; i++) {
            script.applyDue(w);
            w.step();
            hashes[i] = w.stateHash();
        }
        return hashes;
    }

    @Test
    void sameSceneSeedAndInputsGiveSameHashAtEveryStep() throws Exception {
        Scene s = Scenes.load("sorting-station");
        long[] a = run(s, 7, DEMO);
        long[] b = run(Scenes.load("sorting-station"), 7, DEMO);
        assertArrayEquals(a, b);
        World probe = s.newWorld(7);
        InputScript.parse(DEMO, "inputs", s).applyDue(probe);
        probe.step(STEPS);
        assertTrue(probe.parts().liveCount() > 3, "the run had parts in flight");
    }

    @Test
    void changedSeedOrInputChangesTheHash() throws Exception {
        Scene s = Scenes.load("sorting-station");
        long[] base = run(s, 7, DEMO);
        long[] otherSeed = run(s, 8, DEMO);
        long[] otherInput = run(s, 7, DEMO + "10000 belt_run 0\n10005 belt_run 1\n"); // a 5 ms belt stop
        assertNotEquals(base[STEPS - 1], otherSeed[STEPS - 1]);
        assertNotEquals(base[STEPS - 1], otherInput[STEPS - 1]);
        assertEquals(base[1999], otherInput[1999], "identical until the extra input at 10 s");
        assertNotEquals(base[2000], otherInput[2000], "differs from the step that applied it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"conveyor-basics", "motor-control", "traffic-light", "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight", "sort-encoder", "pick-and-place", "tank-level", "tank-pid", "batch-mixer", "elevator", "car-park", "production-line"})
    void restoredSnapshotContinuesWithTheSameHashes(String id) throws Exception {
        Scene s = Scenes.load(id);
        World original = s.newWorld();
        if (id.equals("traffic-light")) {
            original.setInput("car_green", 1); // random traffic: the queues are in the snapshot
        } else if (id.equals("silo-fill")) {
            original.setInput("belt_run", 1); // a box held under the spout, filling and spilling over
            original.setInput("stop_up", 1);
            original.setInput("fill_valve", 1);
        } else if (id.equals("queue-counter")) {
            original.setInput("infeed_run", 1); // the blade down: boxes flow from the feeder into the bin
            original.setInput("outfeed_run", 1);
        } else if (id.equals("garage-door")) {
            original.setInput("door_up", 1); // open, and random passers-by walk through
        } else if (id.equals("motor-control")) {
            original.setInput("k2", 1); // a star start in reverse
            original.setInput("k_star", 1);
        } else if (id.equals("car-park")) {
            original.setInput("barrier", 1); // random cars enter, back out and leave: the lane is in the snapshot
        } else if (id.equals("elevator")) {
            original.setInput("up", 1); // the car runs up into the overtravel limit
        } else if (id.equals("batch-mixer")) {
            original.setInput("pump_a", 1); // dosing, pulses, mixing and heating
            original.setInput("mixer", 1);
            original.setInput("heater", 1);
        } else if (id.equals("pick-and-place")) {
            original.setInput("z_lower", 1); // the cup picks the first part and holds it: the grip is in the snapshot
            original.setInput("vacuum", 1);
        } else if (id.equals("production-line")) {
            original.setInput("conveyor_run", 1); // a part pushed onto the feed belt, carried through the press
            original.setInput("feed_push", 1); // station and the inverter belt into the reject bin
            original.setInput("belt_run", 1);
            original.setInput("belt_hz", 30);
        } else if (id.equals("sort-encoder")) {
            original.setInput("belt_run", 1); // the inverter belt at 30 Hz: parts fed, the encoder counting
            original.setInput("belt_hz", 30);
        } else {
            original.setInput(original.layout().indexOf(id.startsWith("tank-") ? "fill_valve" : "belt_run"),
                    id.startsWith("tank-") ? 60 : 1);
        }
        if (id.startsWith("tank-")) {
            original.injectFault("level", FaultKind.NOISE, 0.01);
        }
        original.step(3000);
        byte[] snap = original.snapshot();
        World copy = s.newWorld(12345); // a different seed: restore must bring the RNG state too
        copy.restore(snap);
        assertEquals(original.stateHash(), copy.stateHash());
        assertArrayEquals(snap, copy.snapshot());
        for (int i = 0; i < 3000; i++) {
            original.step();
            copy.step();
            assertEquals(original.stateHash(), copy.stateHash(), "step " + original.stepCount());
        }
    }

    @Test
    void snapshotOfAnotherSceneIsRefused() throws Exception {
        byte[] tank = Scenes.load("tank-level").newWorld().snapshot();
        World sorting = Scenes.load("sorting-station").newWorld();
        sorting.step(100);
        long hash = sorting.stateHash();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> sorting.restore(tank));
        assertTrue(e.getMessage().contains("sorting-station"), e.getMessage());
        assertEquals(hash, sorting.stateHash(), "a refused snapshot leaves the world as it was");
    }
}
