package io.simbase.grading.plant;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.World;
import io.simbase.grading.expr.Signals;
import java.util.Arrays;

/**
 * One world being graded: what controllers read and write, what the scenario's timeline does
 * to it, and the signals the checks read (tags and part counters kept from the world's events).
 *
 * <p>Threading: the grading thread only. Allocation: none per step, except that the table of
 * part types by part id doubles when it fills (a handful of times per run at most).
 */
public final class Plant implements Signals, io.simbase.engine.core.EventSink {
    private final PlantModel model;
    private final World world;
    private final int tags;
    private final double[] counters;
    private final double stepSeconds;
    private int[] typeOfPart = new int[256];

    Plant(PlantModel model, World world) {
        this(model, world, true);
    }

    /** {@code ownSink}: false when the world's owner keeps its event sink and forwards to {@link #onEvent}. */
    Plant(PlantModel model, World world, boolean ownSink) {
        this.model = model;
        this.world = world;
        this.tags = model.tagCount();
        this.counters = new double[model.signalCount() - tags];
        this.stepSeconds = world.dtSeconds();
        if (ownSink) {
            world.setEventSink(this);
        }
    }

    /** Keeps the part counters; the world's event sink, or called by whoever owns that sink. */
    @Override
    public void onEvent(long step, EventKind kind, int subject, double value) {
        switch (kind) {
            case PART_CREATED:
                if (subject >= typeOfPart.length) {
                    typeOfPart = Arrays.copyOf(typeOfPart, Math.max(subject + 1, typeOfPart.length * 2));
                }
                typeOfPart[subject] = (int) value;
                counters[PlantModel.PARTS_CREATED]++;
                counters[model.createdSignal((int) value) - tags]++;
                break;
            case PART_REMOVED: {
                counters[PlantModel.PARTS_REMOVED]++;
                int remover = model.removerOf((int) value);
                if (remover >= 0 && subject < typeOfPart.length) {
                    counters[model.removedSignal(remover, typeOfPart[subject]) - tags]++;
                }
                break;
            }
            case PART_LOST:
                counters[PlantModel.PARTS_LOST]++;
                break;
            default:
                break;
        }
    }

    public PlantModel model() {
        return model;
    }

    /**
     * The world itself, for a controller that has its own way into the engine (the soft PLC's
     * {@code WorldIo}). Everything else goes through this class.
     */
    public World world() {
        return world;
    }

    /** Simulated time at the start of the next step, nanoseconds. */
    public long simNanos() {
        return world.simNanos();
    }

    /** Effective value of a tag, as the controller sees it (sensor) or the plant acts on it (actuator). */
    public double read(int tag) {
        return world.io().get(tag);
    }

    /** A controller's command to an actuator, coerced into the tag's range; applied by the next step. */
    public void write(int tag, double value) {
        world.setInput(tag, value != value ? 0 : world.layout().tag(tag).coerce(value));
    }

    /**
     * An operator's action on a panel tag (1 = pressed, a selector position, a setpoint).
     *
     * @throws IllegalArgumentException when the world refuses it (the loader checks beforehand)
     */
    public void operate(int tag, double value) {
        Outcome s = world.setInput(tag, value);
        if (!s.isOk()) {
            throw new IllegalArgumentException("input refused: " + s.message());
        }
    }

    /** Injects a fault (checked by {@link PlantModel#checkFault} when the exercise was loaded). */
    public void injectFault(String target, String kind, double param) {
        world.injectFault(target, kind, param);
    }

    public void clearFault(String target, String kind) {
        world.clearFault(target, kind);
    }

    /** Queues a part type for an emitter (checked by {@link PlantModel#checkPart} when the exercise was loaded). */
    public void queuePart(String emitter, String partType) {
        Outcome s = world.queuePart(emitter, partType);
        if (!s.isOk()) {
            throw new IllegalArgumentException("part refused: " + s.message());
        }
    }

    /** Advances the world by one step. */
    public void step() {
        world.step();
    }

    /** The state hash of the world, for determinism checks. */
    public long stateHash() {
        return world.stateHash();
    }

    @Override
    public double value(int index) {
        return index < tags ? world.io().get(index) : counters[index - tags];
    }

    @Override
    public double timeSeconds() {
        return world.simNanos() / 1e9;
    }

    @Override
    public double stepSeconds() {
        return stepSeconds;
    }
}
