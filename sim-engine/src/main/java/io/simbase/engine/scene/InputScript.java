package io.simbase.engine.scene;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Timed inputs for a headless run: one change per line, {@code <time_ms> <tag> <value>};
 * {@code #} starts a comment; {@code true}/{@code false} are accepted for bool tags. A line
 * {@code part <time_ms> <emitter> <type>} queues a part type for an emitter
 * ({@link World#queuePart}), like a recording's {@code part} record. An input at time t is
 * applied before the first step that starts at or after t, that is before step
 * {@code ceil(t / step)}. Lines may come in any order; equal times keep file order.
 *
 * <p>Single-threaded: one script drives one world. {@link #applyDue} allocates nothing but what
 * a part queue needs to grow.
 */
public final class InputScript {
    private final long[] step;
    private final int[] tag;
    private final double[] value;
    /** For a part line (tag -1): the emitter's id and the part type; null for a tag line. */
    private final String[] emitter;
    private final String[] partType;
    private int next;

    private InputScript(long[] step, int[] tag, double[] value, String[] emitter, String[] partType) {
        this.step = step;
        this.tag = tag;
        this.value = value;
        this.emitter = emitter;
        this.partType = partType;
    }

    /** An empty script. */
    public static InputScript empty() {
        return new InputScript(new long[0], new int[0], new double[0], new String[0], new String[0]);
    }

    /**
     * Parses and validates a script against a scene.
     *
     * @throws SceneException naming the file and line of the first bad entry
     */
    public static InputScript parse(String text, String source, Scene scene) throws SceneException {
        record Entry(long step, int tag, double value, String emitter, String partType, int order) { }
        List<Entry> entries = new ArrayList<>();
        boolean[] operator = scene.operatorTags();
        World probe = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            String[] f = line.split("\\s+");
            if (f[0].equals("part")) {
                if (f.length != 4) {
                    throw new SceneException(source, lineNo, "expected 'part <time_ms> <emitter> <type>', got '" + line + "'");
                }
                long stepIndex = stepAt(f[1], scene, source, lineNo);
                if (probe == null) {
                    probe = scene.newWorld();
                }
                Outcome queued = probe.queuePart(f[2], f[3]);
                if (!queued.isOk()) {
                    throw new SceneException(source, lineNo, queued.message());
                }
                entries.add(new Entry(stepIndex, -1, 0, f[2], f[3], entries.size()));
                continue;
            }
            if (f.length != 3) {
                throw new SceneException(source, lineNo, "expected '<time_ms> <tag> <value>', got '" + line + "'");
            }
            long stepIndex = stepAt(f[0], scene, source, lineNo);
            TagDef t = scene.layout().find(f[1]);
            if (t == null) {
                throw new SceneException(source, lineNo, "unknown tag '" + f[1] + "' in scene " + scene.id());
            }
            if (t.direction() != Direction.ACTUATOR && !operator[t.index()]) {
                throw new SceneException(source, lineNo, "tag '" + f[1]
                        + "' is a plant sensor; inputs go to actuators and operator-panel controls");
            }
            double v;
            if (f[2].equals("true")) {
                v = 1;
            } else if (f[2].equals("false")) {
                v = 0;
            } else {
                try {
                    v = Double.parseDouble(f[2]);
                } catch (NumberFormatException e) {
                    throw new SceneException(source, lineNo, "value '" + f[2] + "' is not a number");
                }
            }
            if (!t.accepts(v)) {
                throw new SceneException(source, lineNo, "value " + f[2] + " out of range for " + t.type().key()
                        + " tag '" + t.name() + "' [" + t.min() + ", " + t.max() + "]");
            }
            entries.add(new Entry(stepIndex, t.index(), v, null, null, entries.size()));
        }
        Entry[] sorted = entries.toArray(new Entry[0]);
        Arrays.sort(sorted, (a, b) -> a.step != b.step ? Long.compare(a.step, b.step) : Integer.compare(a.order, b.order));
        long[] s = new long[sorted.length];
        int[] t = new int[sorted.length];
        double[] v = new double[sorted.length];
        String[] e = new String[sorted.length];
        String[] p = new String[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            s[i] = sorted[i].step;
            t[i] = sorted[i].tag;
            v[i] = sorted[i].value;
            e[i] = sorted[i].emitter;
            p[i] = sorted[i].partType;
        }
        return new InputScript(s, t, v, e, p);
    }

    /** The step before which an entry at {@code time} (ms, a field of the line) is applied. */
    private static long stepAt(String time, Scene scene, String source, int lineNo) throws SceneException {
        double timeMs;
        try {
            timeMs = Double.parseDouble(time);
        } catch (NumberFormatException e) {
            throw new SceneException(source, lineNo, "time '" + time + "' is not a number of milliseconds");
        }
        if (!(timeMs >= 0 && timeMs <= 1e12)) {
            throw new SceneException(source, lineNo, "time " + time + " ms out of range [0, 1e12]");
        }
        return (long) Math.ceil(timeMs * 1e6 / scene.stepNanos() - 1e-9);
    }

    public int size() {
        return step.length;
    }

    /** Applies every input due at the world's current step; call before each step. */
    public void applyDue(World world) {
        long now = world.stepCount();
        while (next < step.length && step[next] <= now) {
            if (tag[next] >= 0) {
                world.setInput(tag[next], value[next]);
            } else {
                Outcome queued = world.queuePart(emitter[next], partType[next]);
                if (!queued.isOk()) {
                    throw new IllegalStateException("part line checked at parse time refused: " + queued.message());
                }
            }
            next++;
        }
    }

    /** Steps until the next input is due, or Long.MAX_VALUE when none remain. */
    public long nextStep() {
        return next < step.length ? step[next] : Long.MAX_VALUE;
    }
}
