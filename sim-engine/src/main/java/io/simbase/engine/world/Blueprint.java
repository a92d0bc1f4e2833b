package io.simbase.engine.world;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.parts.PartType;
import java.util.List;
import java.util.Map;

/**
 * What a {@link World} is built from: a validated plant (in practice a scene). The world
 * package depends on this view only, not on how scenes are read.
 *
 * <p>Immutable and shared: many worlds are built from one blueprint, each with fresh
 * components.
 */
public interface Blueprint {
    /** The id, e.g. {@code sorting-station}. */
    String id();

    String title();

    /** The title in Chinese; empty when there is none (readers show {@link #title()}). */
    default String titleZh() {
        return "";
    }

    /** The fixed step, nanoseconds. */
    long stepNanos();

    /** How many parts can exist at once. */
    int maxParts();

    IoLayout layout();

    List<PartType> partTypes();

    /** Sensor tags driven by operator-panel controls (so they take operator inputs). */
    boolean[] operatorTags();

    /** Fresh components, in plant order. */
    List<Component> createComponents();

    /** The component faults the component at {@code index} offers (declared by its type). */
    List<FaultSpec> faultsOf(int index);

    /**
     * The tags the component at {@code index} is wired to: its tag keys given in the scene file
     * (e.g. {@code run}, {@code tag}) to the tags' names, in its type's key order. For clients
     * (a panel button's tag); none by default.
     */
    default Map<String, String> wiringOf(int index) {
        return Map.of();
    }
}
