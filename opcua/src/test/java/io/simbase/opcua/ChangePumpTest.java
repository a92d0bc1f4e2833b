package io.simbase.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pump driven turn by turn on the test thread, over real worlds of bundled scenes (no pump
 * thread: the test steps the world and calls {@link ChangePump#turn()} itself).
 */
class ChangePumpTest {
    private record Change(String tag, double value, long epochNanos) {
    }

    /** A world stepped by the test thread, seen as an {@link OpcUaPlant}. */
    private static OpcUaPlant plant(World world) {
        return new OpcUaPlant() {
            @Override
            public IoLayout layout() {
                return world.layout();
            }

            @Override
            public boolean isWritable(int tagIndex) {
                return world.isWritable(tagIndex);
            }

            @Override
            public long readTags(double[] dest) {
                return world.published().readTags(dest);
            }

            @Override
            public boolean submit(int tagIndex, double value) {
                return world.setInput(tagIndex, value).isOk();
            }
        };
    }

    private static ChangePump pump(World world, List<Change> out, int ring) {
        ChangePump pump = new ChangePump(plant(world), (tag, value, at) ->
                out.add(new Change(world.layout().tag(tag).name(), value, at)), ring, "test");
        world.setEventSink(pump);
        return pump;
    }

    private static List<Double> valuesOf(List<Change> changes, String tag) {
        return changes.stream().filter(c -> c.tag().equals(tag)).map(Change::value).toList();
    }

    @Test
    void aOneStepPulseReachesTheTargetAsTwoChangesInOrder() throws Exception {
        World world = Scenes.load("conveyor-basics").newWorld();
        List<Change> changes = new ArrayList<>();
        ChangePump pump = pump(world, changes, 64);
        world.setInput("belt_run", 1);
        world.step();
        world.setInput("belt_run", 0);
        world.step();
        pump.turn();
        // the published value is 0 again: only the ring's edges show the pulse
        assertEquals(List.of(1.0, 0.0), valuesOf(changes, "belt_run"));
        long now = System.currentTimeMillis() * 1_000_000L;
        assertTrue(Math.abs(changes.get(0).epochNanos() - now) < 5_000_000_000L, "wall-clock time: " + changes);
        assertTrue(changes.get(0).epochNanos() <= changes.get(1).epochNanos(), changes.toString());
        pump.turn();
        assertEquals(2, valuesOf(changes, "belt_run").size(), "nothing handed on twice: " + changes);
    }

    @Test
    void analogTagsGoOutByComparisonWithThePublishedValue() throws Exception {
        World world = Scenes.load("tank-level").newWorld();
        List<Change> changes = new ArrayList<>();
        ChangePump pump = pump(world, changes, 64);
        double before = pump.initialValue(world.layout().indexOf("level"));
        world.setInput("fill_valve", 100);
        world.step(20);
        pump.turn();
        List<Double> level = valuesOf(changes, "level");
        assertEquals(1, level.size(), changes.toString());
        assertEquals(world.published().readTag(world.layout().indexOf("level")), level.get(0));
        assertTrue(level.get(0) > before, "the tank fills: " + before + " -> " + level.get(0));
        assertEquals(List.of(100.0), valuesOf(changes, "fill_valve"));
    }

    @Test
    void anEdgeOfAStepNotYetPublishedWaitsForTheNextTurn() throws Exception {
        World world = Scenes.load("conveyor-basics").newWorld();
        List<Change> changes = new ArrayList<>();
        ChangePump pump = pump(world, changes, 64);
        int belt = world.layout().indexOf("belt_run");
        // as if the stepping thread were inside step 1: its edge is recorded, step 0 still published
        pump.onEvent(1, io.simbase.engine.core.EventKind.TAG_CHANGED, belt, 1);
        pump.turn();
        assertEquals(List.of(), valuesOf(changes, "belt_run"));
        world.setInput(belt, 1);
        world.step(); // step 1 published (its own edge event goes into the ring too)
        pump.turn();
        assertEquals(List.of(1.0), valuesOf(changes, "belt_run"));
    }

    @Test
    void aFullRingDropsEdgesButTheLatestValueStillGoesOut() throws Exception {
        World world = Scenes.load("conveyor-basics").newWorld();
        List<Change> changes = new ArrayList<>();
        ChangePump pump = pump(world, changes, 2);
        for (int i = 1; i <= 5; i++) {
            world.setInput("belt_run", i % 2);
            world.step();
        }
        pump.turn();
        assertTrue(pump.dropped() > 0, "the ring of 2 overflowed");
        List<Double> belt = valuesOf(changes, "belt_run");
        assertEquals(1.0, belt.get(belt.size() - 1), "latest value: " + belt);
    }

    @Test
    void aResetDropsTheOldRunsEdgesInsteadOfHandingThemOnLaterAsStaleValues() throws Exception {
        var scene = Scenes.load("conveyor-basics");
        java.util.concurrent.atomic.AtomicReference<World> current = new java.util.concurrent.atomic.AtomicReference<>(
                scene.newWorld());
        OpcUaPlant plant = new OpcUaPlant() {
            @Override
            public IoLayout layout() {
                return scene.layout();
            }

            @Override
            public boolean isWritable(int tagIndex) {
                return current.get().isWritable(tagIndex);
            }

            @Override
            public long readTags(double[] dest) {
                return current.get().published().readTags(dest);
            }

            @Override
            public boolean submit(int tagIndex, double value) {
                return current.get().setInput(tagIndex, value).isOk();
            }
        };
        List<Change> changes = new ArrayList<>();
        ChangePump pump = new ChangePump(plant, (tag, value, at) ->
                changes.add(new Change(scene.layout().tag(tag).name(), value, at)), 64, "test");
        World old = current.get();
        old.setEventSink(pump);
        for (int i = 0; i < 50; i++) {
            old.step();
        }
        pump.turn();
        old.setInput("belt_run", 1);
        old.step(); // an edge at step 51, still in the ring: the session resets before the pump turns
        World rebuilt = scene.newWorld();
        rebuilt.setEventSink(pump);
        current.set(rebuilt);
        for (int i = 0; i < 5; i++) {
            rebuilt.step();
        }
        pump.turn();
        for (int i = 0; i < 60; i++) {
            rebuilt.step();
        }
        pump.turn();
        // the belt never ran in the rebuilt world: no stale "true" may reach subscribers
        assertEquals(List.of(), valuesOf(changes, "belt_run"));
    }
}
