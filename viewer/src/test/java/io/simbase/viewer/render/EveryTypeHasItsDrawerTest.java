package io.simbase.viewer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.component.StandardComponents;
import io.simbase.engine.schema.ComponentType;
import io.simbase.viewer.render.drawers.ComponentDrawers;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every component type the engine registers in {@code StandardComponents} has a 3D drawer of its
 * own: the generic drawer (from the top-down drawing) is for plug-ins and types of tomorrow, not
 * for the curriculum. A type may only fall back with its reason listed here.
 */
class EveryTypeHasItsDrawerTest {
    /** Types drawn by the generic drawer on purpose, each with why. Empty: none today. */
    private static final Map<String, String> GENERIC_ON_PURPOSE = Map.of();

    @Test
    void noStandardTypeFallsBackToTheGenericDrawer() {
        Set<String> generic = new TreeSet<>();
        for (ComponentType t : new StandardComponents().componentTypes()) {
            if (!ComponentDrawers.hasOwnDrawer(t.name()) && !GENERIC_ON_PURPOSE.containsKey(t.name())) {
                generic.add(t.name());
            }
        }
        assertEquals(Set.of(), generic, "standard types drawn by the generic drawer; give each a drawer in "
                + "ComponentDrawers (or list it with its reason in GENERIC_ON_PURPOSE)");
        Set<String> names = new TreeSet<>();
        new StandardComponents().componentTypes().forEach(t -> names.add(t.name()));
        for (String t : GENERIC_ON_PURPOSE.keySet()) {
            assertTrue(names.contains(t) && !ComponentDrawers.hasOwnDrawer(t), t + " is listed but not registered or has a drawer");
        }
    }
}
