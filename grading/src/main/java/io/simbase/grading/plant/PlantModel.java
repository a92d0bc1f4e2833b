package io.simbase.grading.plant;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.parts.PartType;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.PartSource;
import io.simbase.engine.world.World;
import io.simbase.grading.expr.SignalNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scene as the grader sees it: its signals (tags, then the run's part counters), which tags
 * an operator may press or set, whether a fault applies, and new {@link Plant}s.
 *
 * <p>Signals, in index order: the scene's tags; {@code parts_created}, {@code parts_removed},
 * {@code parts_lost}; {@code created.TYPE} per part type; {@code REMOVER.TYPE} per remover
 * component and part type (parts of that type the remover took, e.g. {@code bin1.tall_metal}).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class PlantModel implements SignalNames {
    static final int PARTS_CREATED = 0;
    static final int PARTS_REMOVED = 1;
    static final int PARTS_LOST = 2;
    static final int FIXED_COUNTERS = 3;

    private final Scene scene;
    private final IoLayout layout;
    private final boolean[] operatorTag;
    private final int partTypes;
    /** Per component index: its remover number (0..), or -1. */
    private final int[] removerOf;
    private final Map<String, Integer> signals;

    private PlantModel(Scene scene) {
        this.scene = scene;
        this.layout = scene.layout();
        this.operatorTag = scene.operatorTags();
        List<PartType> types = scene.partTypes();
        this.partTypes = types.size();
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            names.put(layout.tag(i).name(), i);
        }
        int next = layout.size();
        for (String counter : List.of("parts_created", "parts_removed", "parts_lost")) {
            names.putIfAbsent(counter, next++);
        }
        for (PartType t : types) {
            names.putIfAbsent("created." + t.name(), next++);
        }
        List<Component> components = scene.createComponents();
        this.removerOf = new int[components.size()];
        int removers = 0;
        for (int c = 0; c < components.size(); c++) {
            Component comp = components.get(c);
            if (!comp.type().equals("remover")) {
                removerOf[c] = -1;
                continue;
            }
            removerOf[c] = removers++;
            for (PartType t : types) {
                names.putIfAbsent(comp.id() + "." + t.name(), next++);
            }
        }
        this.signals = Collections.unmodifiableMap(names);
    }

    /**
     * Loads a bundled scene by id, or a scene file by path.
     *
     * @throws IllegalArgumentException with the scene loader's {@code FILE:LINE: problem} message
     */
    public static PlantModel load(String sceneIdOrPath) {
        try {
            return new PlantModel(Scenes.load(sceneIdOrPath));
        } catch (SceneException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public String sceneId() {
        return scene.id();
    }

    public long stepNanos() {
        return scene.stepNanos();
    }

    public long defaultSeed() {
        return scene.defaultSeed();
    }

    /** The scene's tags, for a program compiler (the soft PLC compiles against them). */
    public IoLayout layout() {
        return layout;
    }

    /** Number of scene tags; they are signals {@code 0 .. tagCount() - 1}. */
    public int tagCount() {
        return layout.size();
    }

    /** Number of signals: tags and counters. */
    public int signalCount() {
        return signals.size();
    }

    /** Names of all signals, in index order. */
    public List<String> signalNames() {
        return new ArrayList<>(signals.keySet());
    }

    @Override
    public int indexOf(String name) {
        Integer i = signals.get(name);
        return i == null ? -1 : i;
    }

    /** The tag's index, or -1. */
    public int tagIndex(String name) {
        return layout.indexOf(name);
    }

    /** Whether the tag is an operator-panel control (button, selector, setpoint, e-stop). */
    public boolean isOperatorTag(int tag) {
        return operatorTag[tag];
    }

    /** Whether the tag is an actuator (written by the controller). */
    public boolean isActuator(int tag) {
        return layout.tag(tag).direction() == Direction.ACTUATOR;
    }

    /** Whether a value fits the tag's type and range. */
    public boolean accepts(int tag, double value) {
        return layout.tag(tag).accepts(value);
    }

    /** The tag's range, for messages: {@code bool}, or {@code [min, max]}. */
    public String describeRange(int tag) {
        TagDef t = layout.tag(tag);
        return t.type().name().toLowerCase(Locale.ROOT) + " [" + t.min() + ", " + t.max() + "]";
    }

    /**
     * Whether a fault can be injected: null when it can, else the problem in one line. Tries it
     * on a throwaway world, so the engine's own rules decide.
     */
    public String checkFault(String target, String kind, double param) {
        World w = scene.newWorld();
        if (!w.faultNames().contains(kind)) {
            return "unknown fault '" + kind + "' (known: " + String.join(", ", w.faultNames()) + ")";
        }
        Outcome injected = w.injectFault(target, kind, param);
        return injected.isOk() ? null : injected.message();
    }

    /**
     * Whether a part type can be queued for a component: null when it can, else the problem in
     * one line. Tries it on a throwaway world, so the engine's own rules decide.
     */
    public String checkPart(String emitter, String partType) {
        Outcome queued = scene.newWorld().queuePart(emitter, partType);
        return queued.isOk() ? null : queued.message();
    }

    /** The ids of the scene's components that release parts (its emitters), in scene order. */
    public List<String> partSources() {
        List<String> ids = new ArrayList<>();
        for (Component c : scene.createComponents()) {
            if (c instanceof PartSource) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /** A new plant at the start of a run. */
    public Plant newPlant(long seed) {
        return new Plant(this, scene.newWorld(seed));
    }

    /**
     * A plant over a world someone else runs (a live session's, built from the same scene): its
     * event sink stays the owner's, who forwards every event to {@link Plant#onEvent}.
     */
    public Plant over(World world) {
        return new Plant(this, world, false);
    }

    int partTypeCount() {
        return partTypes;
    }

    int removerOf(int componentIndex) {
        return componentIndex >= 0 && componentIndex < removerOf.length ? removerOf[componentIndex] : -1;
    }

    /** Signal index of {@code created.TYPE}. */
    int createdSignal(int type) {
        return layout.size() + FIXED_COUNTERS + type;
    }

    /** Signal index of {@code REMOVER.TYPE}. */
    int removedSignal(int remover, int type) {
        return layout.size() + FIXED_COUNTERS + partTypes + remover * partTypes + type;
    }
}
