package io.simbase.engine.scene;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Timed inputs for a headless run: one change per line, {@code <time_ms> <tag> <value>};
 * {@code #} starts a comment; {@code true}/{@code false} are accepted for bool tags. An input
 * at time t is applied before the first step that starts at or after t, that is before step
 * {@code ceil(t / step)}. Lines may come in any order; equal times keep file order.
 */
public final class InputScript {
    private final long[] step;
    private final int[] tag;
    private final double[] value;
    private int next;

    private InputScript(long[] step, int[] tag, double[] value) {
        this.step = step;
        this.tag = tag;
        this.value = value;
    }

    /** An empty script. */
    public static InputScript empty() {
        return new InputScript(new long[0], new int[0], new double[0]);
    }

    /**
     * Parses and validates a script against a scene.
     *
     * @throws SceneException naming the file and line of the first bad entry
     */
    public static InputScript parse(String text, String source, Scene scene) throws SceneException {
        record Entry(long step, int tag, double value, int order) { }
        List<Entry> entries = new ArrayList<>();
        boolean[] operator = scene.operatorTags();
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
            if (f.length != 3) {
                throw new SceneException(source, lineNo, "expected '<time_ms> <tag> <value>', got '" + line + "'");
            }
            double timeMs;
            try {
                timeMs = Double.parseDouble(f[0]);
            } catch (NumberFormatException e) {
                throw new SceneException(source, lineNo, "time '" + f[0] + "' is not a number of milliseconds");
            }
            if (!(timeMs >= 0 && timeMs <= 1e12)) {
                throw new SceneException(source, lineNo, "time " + f[0] + " ms out of range [0, 1e12]");
            }
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
            long stepIndex = (long) Math.ceil(timeMs * 1e6 / scene.stepNanos() - 1e-9);
            entries.add(new Entry(stepIndex, t.index(), v, entries.size()));
        }
        Entry[] sorted = entries.toArray(new Entry[0]);
        Arrays.sort(sorted, (a, b) -> a.step != b.step ? Long.compare(a.step, b.step) : Integer.compare(a.order, b.order));
        long[] s = new long[sorted.length];
        int[] t = new int[sorted.length];
        double[] v = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            s[i] = sorted[i].step;
            t[i] = sorted[i].tag;
            v[i] = sorted[i].value;
        }
        return new InputScript(s, t, v);
    }

    public int size() {
        return step.length;
    }

    /** Applies every input due at the world's current step; call before each step. */
    public void applyDue(World world) {
        long now = world.stepCount();
        while (next < step.length && step[next] <= now) {
            world.setInput(tag[next], value[next]);
            next++;
        }
    }

    /** Steps until the next input is due, or Long.MAX_VALUE when none remain. */
    public long nextStep() {
        return next < step.length ? step[next] : Long.MAX_VALUE;
    }
}
