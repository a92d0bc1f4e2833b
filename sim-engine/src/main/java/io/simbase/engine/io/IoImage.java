package io.simbase.engine.io;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.core.Rng;

/**
 * The live I/O image of one world: for every tag a <em>raw</em> value (what the plant measured,
 * or what the controller commanded) and an <em>effective</em> value (after tag faults and
 * instructor forces). The controller sees effective sensor values; the plant acts on effective
 * actuator values.
 *
 * <p>Threading: owned by the thread that steps the world; other threads read the published
 * copy ({@link io.simbase.engine.world.PublishedState}). Reading or writing a tag by index
 * allocates nothing.
 */
public final class IoImage {
    private final IoLayout layout;
    private final double[] raw;
    private final double[] effective;
    private final boolean[] forced;
    private final double[] forceValue;
    private final FaultKind[] fault;
    private final double[] faultParam;
    /** Per-fault memory: the frozen value of STUCK_ON on analogs, the accumulated DRIFT. */
    private final double[] faultMemory;
    // The layout flattened into primitive arrays, so that resolving touches no TagDef objects.
    private final int[] sensors;
    private final int[] actuators;
    private final double[] min;
    private final double[] max;
    private final boolean[] whole;
    /**
     * Tags with a tag fault or a force. While there are none, resolving reads neither the
     * fault nor the force arrays: the everyday step touches fewer cache lines.
     */
    private int overridden;

    public IoImage(IoLayout layout) {
        this.layout = layout;
        int n = layout.size();
        raw = new double[n];
        effective = new double[n];
        forced = new boolean[n];
        forceValue = new double[n];
        fault = new FaultKind[n];
        faultParam = new double[n];
        faultMemory = new double[n];
        min = new double[n];
        max = new double[n];
        whole = new boolean[n];
        int sensorCount = 0;
        for (int i = 0; i < n; i++) {
            TagDef t = layout.tag(i);
            raw[i] = t.coerce(0);
            effective[i] = raw[i];
            min[i] = t.min();
            max[i] = t.max();
            whole[i] = t.type() != TagType.REAL;
            if (t.direction() == Direction.SENSOR) {
                sensorCount++;
            }
        }
        sensors = new int[sensorCount];
        actuators = new int[n - sensorCount];
        int si = 0;
        int ai = 0;
        for (int i = 0; i < n; i++) {
            if (layout.tag(i).direction() == Direction.SENSOR) {
                sensors[si++] = i;
            } else {
                actuators[ai++] = i;
            }
        }
    }

    public IoLayout layout() {
        return layout;
    }

    public int size() {
        return raw.length;
    }

    /** Effective value: what the controller reads (sensor) or the plant acts on (actuator). */
    public double get(int index) {
        return effective[index];
    }

    /** Effective value as a boolean (non-zero is true). */
    public boolean getBool(int index) {
        return effective[index] != 0;
    }

    /** Raw value before faults and forces. */
    public double raw(int index) {
        return raw[index];
    }

    /** Sets the raw value; components write sensors, the world's input phase writes actuators. */
    public void setRaw(int index, double value) {
        raw[index] = value;
    }

    public void setRaw(int index, boolean value) {
        raw[index] = value ? 1 : 0;
    }

    public boolean isForced(int index) {
        return forced[index];
    }

    public double forceValue(int index) {
        return forceValue[index];
    }

    /** Forces a tag to a value (already validated against the tag's range). */
    public void force(int index, double value) {
        forced[index] = true;
        forceValue[index] = value;
        countOverridden();
    }

    public void unforce(int index) {
        forced[index] = false;
        forceValue[index] = 0;
        countOverridden();
    }

    /** The tag fault on a tag, or null. */
    public FaultKind fault(int index) {
        return fault[index];
    }

    public double faultParam(int index) {
        return faultParam[index];
    }

    /** Sets a tag fault (kind.target() must be TAG); replaces any fault already there. */
    public void setFault(int index, FaultKind kind, double param) {
        fault[index] = kind;
        faultParam[index] = param;
        faultMemory[index] = kind == FaultKind.STUCK_ON ? effective[index] : 0;
        countOverridden();
    }

    public void clearFault(int index) {
        fault[index] = null;
        faultParam[index] = 0;
        faultMemory[index] = 0;
        countOverridden();
    }

    /** Recounts {@link #overridden}; called on every (rare) fault or force change. */
    private void countOverridden() {
        int n = 0;
        for (int i = 0; i < raw.length; i++) {
            if (fault[i] != null || forced[i]) {
                n++;
            }
        }
        overridden = n;
    }

    /**
     * Recomputes the effective values of all tags of one direction from their raw values:
     * tag fault first, then force, then clamped to the tag's range.
     *
     * @param dtSeconds the step length, for drift
     */
    public void resolve(Direction direction, Rng rng, double dtSeconds) {
        int[] tags = direction == Direction.SENSOR ? sensors : actuators;
        if (overridden == 0) {
            // No fault and no force anywhere: the effective value is the raw one, coerced.
            for (int k = 0; k < tags.length; k++) {
                int i = tags[k];
                double v = raw[i];
                double c = v != v ? min[i] : (v < min[i] ? min[i] : (v > max[i] ? max[i] : v));
                effective[i] = whole[i] ? Math.rint(c) : c;
            }
            return;
        }
        for (int k = 0; k < tags.length; k++) {
            int i = tags[k];
            double v = raw[i];
            FaultKind f = fault[i];
            if (f != null) {
                v = applyFault(i, layout.tag(i), f, v, rng, dtSeconds);
            }
            if (forced[i]) {
                v = forceValue[i];
            }
            // Same as TagDef.coerce: NaN to the minimum, clamp, whole numbers for bool and int.
            double c = v != v ? min[i] : (v < min[i] ? min[i] : (v > max[i] ? max[i] : v));
            effective[i] = whole[i] ? Math.rint(c) : c;
        }
    }

    private double applyFault(int i, TagDef t, FaultKind f, double v, Rng rng, double dtSeconds) {
        boolean isBool = t.type() == TagType.BOOL;
        switch (f) {
            case STUCK_ON:
                return isBool ? 1 : faultMemory[i];
            case STUCK_OFF:
            case DEAD:
            case WIRE_BREAK:
                return t.min();
            case DRIFT:
                faultMemory[i] += faultParam[i] * dtSeconds;
                return v + faultMemory[i];
            case NOISE:
                return v + faultParam[i] * rng.nextGaussian();
            default:
                return v;
        }
    }

    /** Writes the image's dynamic state, for hash and snapshot. */
    public void writeState(StateSink sink) {
        for (int i = 0; i < raw.length; i++) {
            sink.putDouble(raw[i]);
            sink.putDouble(effective[i]);
            sink.putBoolean(forced[i]);
            sink.putDouble(forceValue[i]);
            sink.putInt(fault[i] == null ? -1 : fault[i].ordinal());
            sink.putDouble(faultParam[i]);
            sink.putDouble(faultMemory[i]);
        }
    }

    public void readState(StateSource src) {
        FaultKind[] kinds = FaultKind.values();
        for (int i = 0; i < raw.length; i++) {
            raw[i] = src.getDouble();
            effective[i] = src.getDouble();
            forced[i] = src.getBoolean();
            forceValue[i] = src.getDouble();
            int k = src.getInt();
            fault[i] = k < 0 ? null : kinds[k];
            faultParam[i] = src.getDouble();
            faultMemory[i] = src.getDouble();
        }
        countOverridden();
    }

    /** Copies the effective values into {@code dest} (length at least {@link #size()}). */
    public void copyEffective(double[] dest) {
        System.arraycopy(effective, 0, dest, 0, effective.length);
    }
}
