package io.simbase.engine.scene;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.parts.PartType;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A validated scene: its tags, part types and component recipes. Immutable and shareable;
 * every {@link #newWorld} builds fresh components, so many sessions can run one scene.
 */
public final class Scene {
    private final String id;
    private final String title;
    private final String description;
    private final String source;
    private final long stepNanos;
    private final long defaultSeed;
    private final int maxParts;
    private final IoLayout layout;
    private final List<PartType> partTypes;
    private final List<Supplier<Component>> recipes;
    private final boolean[] operatorTags;

    Scene(String id, String title, String description, String source, long stepNanos, long defaultSeed,
          int maxParts, IoLayout layout, List<PartType> partTypes, List<Supplier<Component>> recipes,
          boolean[] operatorTags) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.source = source;
        this.stepNanos = stepNanos;
        this.defaultSeed = defaultSeed;
        this.maxParts = maxParts;
        this.layout = layout;
        this.partTypes = List.copyOf(partTypes);
        this.recipes = List.copyOf(recipes);
        this.operatorTags = operatorTags.clone();
    }

    /** The scene id, e.g. {@code sorting-station}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** Where the scene was read from (a file path or a bundled resource name). */
    public String source() {
        return source;
    }

    /** The fixed step, nanoseconds (5 ms unless the scene says otherwise). */
    public long stepNanos() {
        return stepNanos;
    }

    /** The seed a run uses when none is given. */
    public long defaultSeed() {
        return defaultSeed;
    }

    /** How many parts can exist at once. */
    public int maxParts() {
        return maxParts;
    }

    public IoLayout layout() {
        return layout;
    }

    public List<PartType> partTypes() {
        return partTypes;
    }

    /** Sensor tags driven by operator-panel controls (so they take operator inputs). */
    public boolean[] operatorTags() {
        return operatorTags.clone();
    }

    /** Fresh components, in scene order. */
    public List<Component> createComponents() {
        List<Component> out = new ArrayList<>(recipes.size());
        for (Supplier<Component> r : recipes) {
            out.add(r.get());
        }
        return out;
    }

    /** A new world with the scene's default seed. */
    public World newWorld() {
        return new World(this, defaultSeed);
    }

    public World newWorld(long seed) {
        return new World(this, seed);
    }
}
