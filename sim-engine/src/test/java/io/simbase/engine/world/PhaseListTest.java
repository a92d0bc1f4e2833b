package io.simbase.engine.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.engine.scene.Scenes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A world calls each phase only on the components that implement its interface
 * ({@link Component.Phase#includes}); the lists must hold exactly those components, in scene
 * order, and the same ones the earlier, reflection-based lists held.
 */
class PhaseListTest {
    private static String[] ids(Component[] cs) {
        return Arrays.stream(cs).map(Component::id).toArray(String[]::new);
    }

    @Test
    void sortingStationPhasesHoldTheOverridingComponentsInSceneOrder() throws Exception {
        World w = Scenes.load("sorting-station").newWorld();
        Component[] all = w.components().toArray(new Component[0]);
        assertArrayEquals(new String[] {"entry_belt", "pusher1", "pusher2", "running", "fault"},
                ids(Component.inPhase(List.of(all), Component.Phase.ACTUATE)));
        assertArrayEquals(new String[] {"feeder", "bin1", "bin2", "bin3"},
                ids(Component.inPhase(List.of(all), Component.Phase.INTEGRATE)));
        assertArrayEquals(new String[] {"eye_in", "gauge", "inductive", "pusher1", "eye1", "bin1", "pusher2", "eye2",
                "bin2", "bin3", "start", "stop", "emergency_stop"},
                ids(Component.inPhase(List.of(all), Component.Phase.SENSE)));
        // Every component with visuals writes them; the chutes and buttons have none.
        String[] showing = ids(Component.inPhase(List.of(all), Component.Phase.WRITE_VISUALS));
        String[] withVisuals = Arrays.stream(all).filter(c -> c.visualNames().length > 0)
                .map(Component::id).toArray(String[]::new);
        assertArrayEquals(withVisuals, showing);
    }

    @Test
    void aComponentImplementingNoPhaseIsInNoPhase() {
        Component plain = new Component("plain", "test", new Geometry(0, 0, 0, 1, 1, 1, 0)) { };
        for (Component.Phase p : Component.Phase.values()) {
            assertEquals(0, Component.inPhase(List.of(plain), p).length, p.name());
        }
    }
}
