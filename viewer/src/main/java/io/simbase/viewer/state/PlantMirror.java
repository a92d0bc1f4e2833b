package io.simbase.viewer.state;

import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.Parts;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.StateDelta;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The render thread's copy of one session: layout, tag values, visual values and parts, rebuilt
 * from {@code full_state} and {@code delta} messages, with the previous sample kept so that
 * visuals and part positions can be interpolated between the (30 Hz) frames.
 *
 * <p>Interpolation: when a sample arrives at wall time {@code t}, the value drawn at that
 * instant becomes the start and the sample the end of a segment as long as the measured frame
 * interval; a late frame holds the last value instead of jumping back. Parts are matched by
 * id, so a new part appears where it is and a removed one disappears.
 *
 * <p>Threading: one thread (the render thread). Allocation: only when a layout arrives or the
 * part count grows past its capacity; {@link #visual}, {@link #partX} etc. allocate nothing.
 */
public final class PlantMirror {
    private static final long DEFAULT_INTERVAL_NANOS = 33_333_333L;

    private String sessionId;
    private SessionLayout layout;
    private final Map<String, Integer> visualIndex = new HashMap<>();
    private final Map<String, Integer> tagIndex = new HashMap<>();
    private double[] tags = new double[0];
    private float[] visualFrom = new float[0];
    private float[] visualTo = new float[0];
    private int partCount;
    private long[] partIds = new long[0];
    private int[] partTypes = new int[0];
    private float[] partFrom = new float[0];
    private float[] partTo = new float[0];
    private long[] scratchIds = new long[0];
    private float[] scratchXyz = new float[0];
    private long sampleNanos;
    private long intervalNanos = DEFAULT_INTERVAL_NANOS;
    private long frame = -1;
    private long step;
    private long simNanos;
    private boolean paused;
    private boolean synced;
    private long layoutVersion;
    private long samples;

    /**
     * Applies a state message of this viewer's session, received at {@code nowNanos}.
     *
     * @return true when it changed the state
     */
    public boolean apply(ServerMessage m, long nowNanos) {
        switch (m.getKindCase()) {
            case FULL_STATE -> {
                applyFull(m.getFullState(), nowNanos);
                return true;
            }
            case DELTA -> {
                return applyDelta(m.getDelta(), nowNanos);
            }
            default -> {
                return false;
            }
        }
    }

    private void applyFull(FullState f, long now) {
        boolean newSession = !f.getSessionId().equals(sessionId);
        sessionId = f.getSessionId();
        if (f.hasLayout()) {
            setLayout(f.getLayout());
        } else if (layout == null || newSession) {
            return;
        }
        for (int i = 0; i < f.getTagsCount() && i < tags.length; i++) {
            tags[i] = f.getTags(i);
        }
        boolean jump = !synced || newSession || f.hasLayout();
        float shown = alpha(now);
        beginSample(now, jump);
        for (int i = 0; i < f.getVisualsCount() && i < visualTo.length; i++) {
            visualTo[i] = f.getVisuals(i);
        }
        if (jump) {
            System.arraycopy(visualTo, 0, visualFrom, 0, visualTo.length);
        }
        setParts(f.getParts(), shown, jump);
        frame = f.getFrame();
        step = f.getStep();
        simNanos = f.getSimNanos();
        paused = f.getPaused();
        synced = true;
    }

    private boolean applyDelta(StateDelta d, long now) {
        if (!d.getSessionId().equals(sessionId) || !synced || d.getBaseFrame() != frame) {
            synced = false; // wait for the next full state
            return false;
        }
        for (int i = 0; i < d.getTagIndexCount(); i++) {
            int t = d.getTagIndex(i);
            if (t < tags.length) {
                tags[t] = d.getTagValue(i);
            }
        }
        float shown = alpha(now);
        beginSample(now, false);
        for (int i = 0; i < d.getVisualIndexCount(); i++) {
            int v = d.getVisualIndex(i);
            if (v < visualTo.length) {
                visualTo[v] = d.getVisualValue(i);
            }
        }
        if (d.hasParts()) {
            setParts(d.getParts(), shown, false);
        } else {
            for (int i = 0; i < partCount * 3; i++) {
                partFrom[i] += (partTo[i] - partFrom[i]) * shown;
            }
        }
        frame = d.getFrame();
        step = d.getStep();
        simNanos = d.getSimNanos();
        return true;
    }

    private void setLayout(SessionLayout l) {
        layout = l;
        layoutVersion++;
        visualIndex.clear();
        for (int i = 0; i < l.getVisualNamesCount(); i++) {
            visualIndex.put(l.getVisualNames(i), i);
        }
        tagIndex.clear();
        for (int i = 0; i < l.getTagsCount(); i++) {
            tagIndex.put(l.getTags(i).getName(), i);
        }
        tags = new double[l.getTagsCount()];
        visualFrom = new float[l.getVisualNamesCount()];
        visualTo = new float[l.getVisualNamesCount()];
        partCount = 0;
    }

    /** Starts a new interpolation segment: the value shown now becomes its start. */
    private void beginSample(long now, boolean jump) {
        if (!jump && samples > 0) {
            float a = alpha(now);
            for (int i = 0; i < visualTo.length; i++) {
                visualFrom[i] += (visualTo[i] - visualFrom[i]) * a;
            }
            long gap = now - sampleNanos;
            if (gap > 0 && gap < 4 * DEFAULT_INTERVAL_NANOS) {
                intervalNanos = (intervalNanos * 7 + gap) / 8; // smoothed frame interval
            }
        }
        sampleNanos = now;
        samples++;
    }

    /** Takes a new parts sample; {@code a} is how far the last segment had come when it arrived. */
    private void setParts(Parts p, float a, boolean jump) {
        int n = p.getIdsCount();
        ensurePartCapacity(n);
        // Where each old part is drawn now, keyed by id, before the arrays are overwritten.
        int old = partCount;
        System.arraycopy(partIds, 0, scratchIds, 0, old);
        for (int i = 0; i < old * 3; i++) {
            scratchXyz[i] = partFrom[i] + (partTo[i] - partFrom[i]) * a;
        }
        for (int i = 0; i < n; i++) {
            long id = p.getIds(i);
            partIds[i] = id;
            partTypes[i] = p.getTypes(i);
            partTo[3 * i] = p.getXyz(3 * i);
            partTo[3 * i + 1] = p.getXyz(3 * i + 1);
            partTo[3 * i + 2] = p.getXyz(3 * i + 2);
            int j = jump ? -1 : find(scratchIds, old, id, i);
            if (j < 0) {
                partFrom[3 * i] = partTo[3 * i];
                partFrom[3 * i + 1] = partTo[3 * i + 1];
                partFrom[3 * i + 2] = partTo[3 * i + 2];
            } else {
                partFrom[3 * i] = scratchXyz[3 * j];
                partFrom[3 * i + 1] = scratchXyz[3 * j + 1];
                partFrom[3 * i + 2] = scratchXyz[3 * j + 2];
            }
        }
        partCount = n;
    }

    /** Index of {@code id} among the first {@code n} ids, looking at {@code hint} first; -1 if absent. */
    private static int find(long[] ids, int n, long id, int hint) {
        if (hint < n && ids[hint] == id) {
            return hint;
        }
        for (int k = 0; k < n; k++) {
            if (ids[k] == id) {
                return k;
            }
        }
        return -1;
    }

    private void ensurePartCapacity(int n) {
        if (partIds.length >= n) {
            return;
        }
        int cap = Math.max(n, partIds.length * 2);
        partIds = Arrays.copyOf(partIds, cap);
        partTypes = Arrays.copyOf(partTypes, cap);
        partFrom = Arrays.copyOf(partFrom, cap * 3);
        partTo = Arrays.copyOf(partTo, cap * 3);
        scratchIds = new long[cap];
        scratchXyz = new float[cap * 3];
    }

    /** Fraction of the current segment elapsed at {@code now}, 0..1. */
    public float alpha(long now) {
        if (samples < 2) {
            return 1f;
        }
        float a = (float) (now - sampleNanos) / intervalNanos;
        return a < 0 ? 0 : Math.min(a, 1f);
    }

    public SessionLayout layout() {
        return layout;
    }

    /** Grows by one each time a new layout arrives, so drawers know when to rebuild. */
    public long layoutVersion() {
        return layoutVersion;
    }

    public String sessionId() {
        return sessionId;
    }

    /** Index of {@code component.name} among the visuals, or -1. */
    public int visualIndex(String componentId, String name) {
        Integer i = visualIndex.get(componentId + "." + name);
        return i == null ? -1 : i;
    }

    /** Index of a tag by name, or -1. */
    public int tagIndex(String name) {
        Integer i = tagIndex.get(name);
        return i == null ? -1 : i;
    }

    /** A visual value interpolated at {@code now}; 0 for index -1. */
    public float visual(int index, long now) {
        if (index < 0 || index >= visualTo.length) {
            return 0f;
        }
        return visualFrom[index] + (visualTo[index] - visualFrom[index]) * alpha(now);
    }

    /** The latest visual value received (no interpolation); 0 for index -1. */
    public float visualLatest(int index) {
        return index < 0 || index >= visualTo.length ? 0f : visualTo[index];
    }

    /** The latest value of a tag; NaN for index -1. */
    public double tag(int index) {
        return index < 0 || index >= tags.length ? Double.NaN : tags[index];
    }

    public int partCount() {
        return partCount;
    }

    public long partId(int i) {
        return partIds[i];
    }

    public int partType(int i) {
        return partTypes[i];
    }

    /** Part position interpolated at {@code now}; axis 0, 1, 2 = x, y, z (z: the part's base), metres. */
    public float partPosition(int i, int axis, float alpha) {
        int k = 3 * i + axis;
        return partFrom[k] + (partTo[k] - partFrom[k]) * alpha;
    }

    /** The latest received position of part {@code i}, as the stream says (no interpolation). */
    public float partLatest(int i, int axis) {
        return partTo[3 * i + axis];
    }

    public long frame() {
        return frame;
    }

    public long step() {
        return step;
    }

    public long simNanos() {
        return simNanos;
    }

    public boolean paused() {
        return paused;
    }

    public boolean synced() {
        return synced;
    }
}
