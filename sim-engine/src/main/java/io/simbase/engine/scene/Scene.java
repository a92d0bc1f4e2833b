package io.simbase.engine.scene;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.parts.PartType;
import io.simbase.engine.schema.Key;
import io.simbase.engine.world.Blueprint;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.FaultSpec;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated scene: its tags, part types and components (each a type and its checked
 * settings); the {@link Blueprint} worlds are built from. Immutable and shareable;
 * every {@link #newWorld} builds fresh components, so many sessions can run one scene.
 */
public final class Scene implements Blueprint {
    private final String id;
    private final String title;
    private final String description;
    private final SceneTexts zh;
    private final String source;
    private final long stepNanos;
    private final long defaultSeed;
    private final int maxParts;
    private final IoLayout layout;
    private final List<PartType> partTypes;
    private final List<Recipe> recipes;
    private final boolean[] operatorTags;

    Scene(String id, String title, String description, SceneTexts zh, String source, long stepNanos, long defaultSeed,
          int maxParts, IoLayout layout, List<PartType> partTypes, List<Recipe> recipes,
          boolean[] operatorTags) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.zh = zh;
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
    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    @Override
    public String titleZh() {
        return zh.title();
    }

    /** Title and description in Chinese (empty where the scene file gives none). */
    public SceneTexts zh() {
        return zh;
    }

    /** Where the scene was read from (a file path or a bundled resource name). */
    public String source() {
        return source;
    }

    /** The fixed step, nanoseconds (5 ms unless the scene says otherwise). */
    @Override
    public long stepNanos() {
        return stepNanos;
    }

    /** The seed a run uses when none is given. */
    public long defaultSeed() {
        return defaultSeed;
    }

    /** How many parts can exist at once. */
    @Override
    public int maxParts() {
        return maxParts;
    }

    @Override
    public IoLayout layout() {
        return layout;
    }

    @Override
    public List<PartType> partTypes() {
        return partTypes;
    }

    /** Sensor tags driven by operator-panel controls (so they take operator inputs). */
    @Override
    public boolean[] operatorTags() {
        return operatorTags.clone();
    }

    /** Fresh components, in scene order. */
    @Override
    public List<Component> createComponents() {
        List<Component> out = new ArrayList<>(recipes.size());
        for (Recipe r : recipes) {
            out.add(r.create());
        }
        return out;
    }

    @Override
    public List<FaultSpec> faultsOf(int index) {
        return recipes.get(index).type().faults();
    }

    @Override
    public Map<String, String> wiringOf(int index) {
        Recipe r = recipes.get(index);
        Map<String, String> wiring = new LinkedHashMap<>();
        for (Key k : r.type().keys()) {
            if (k.kind() == Key.Kind.TAG && r.config().tagName(k.name()) != null) {
                wiring.put(k.name(), r.config().tagName(k.name()));
            }
        }
        return Collections.unmodifiableMap(wiring);
    }

    /** A new world with the scene's default seed. */
    public World newWorld() {
        return new World(this, defaultSeed);
    }

    public World newWorld(long seed) {
        return new World(this, seed);
    }
}
