package io.simbase.engine.world;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import java.util.Arrays;

/**
 * The part types queued for each {@link PartSource} of a world: one first-in first-out ring of
 * part type indices per component. Part of the world's state, written only while some part is
 * queued, so a world that has nothing queued has the state (and hash) it had before queues
 * existed.
 *
 * <p>Threading: the world's stepping thread. Allocation: a ring is made or doubled only when a
 * part is queued (between steps); {@link #take} allocates nothing.
 */
final class QueuedParts {
    private final int[][] rings;
    private final int[] head;
    private final int[] size;
    private int total;

    QueuedParts(int components) {
        rings = new int[components][];
        head = new int[components];
        size = new int[components];
    }

    /** Appends a part type to the component's queue. */
    void add(int component, int type) {
        int[] ring = rings[component];
        if (ring == null) {
            ring = new int[16];
            rings[component] = ring;
        } else if (size[component] == ring.length) {
            int[] bigger = new int[ring.length * 2];
            for (int i = 0; i < size[component]; i++) {
                bigger[i] = ring[(head[component] + i) % ring.length];
            }
            ring = bigger;
            rings[component] = ring;
            head[component] = 0;
        }
        ring[(head[component] + size[component]) % ring.length] = type;
        size[component]++;
        total++;
    }

    /** Takes the component's first queued part type, or -1 when none is queued. */
    int take(int component) {
        if (size[component] == 0) {
            return -1;
        }
        int[] ring = rings[component];
        int type = ring[head[component]];
        head[component] = (head[component] + 1) % ring.length;
        size[component]--;
        total--;
        return type;
    }

    /** Part types queued for the component. */
    int size(int component) {
        return size[component];
    }

    /** Writes the queues: nothing at all when none holds a part. */
    void writeState(StateSink s) {
        if (total == 0) {
            return;
        }
        s.putInt(total);
        for (int c = 0; c < size.length; c++) {
            for (int i = 0; i < size[c]; i++) {
                s.putInt(c);
                s.putInt(rings[c][(head[c] + i) % rings[c].length]);
            }
        }
    }

    /** Empties every queue. */
    void clear() {
        Arrays.fill(size, 0);
        Arrays.fill(head, 0);
        total = 0;
    }

    /** Reads what {@link #writeState} wrote when it wrote something; the queues are emptied first. */
    void readState(StateSource s) {
        clear();
        int n = s.getInt();
        if (n < 0) {
            throw new IllegalStateException("negative queued part count");
        }
        for (int i = 0; i < n; i++) {
            int c = s.getInt();
            int type = s.getInt();
            if (c < 0 || c >= size.length) {
                throw new IllegalStateException("queued part for component " + c);
            }
            add(c, type);
        }
    }
}
