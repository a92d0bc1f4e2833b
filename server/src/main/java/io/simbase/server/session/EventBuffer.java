package io.simbase.server.session;

import io.simbase.engine.core.EventKind;
import java.util.Arrays;

/**
 * Events of one session since the last frame, as parallel primitive arrays; {@code kind} holds
 * the wire's {@code simbase.v1.EventKind} number (an engine kind's ordinal + 1, or a server-only
 * kind such as a rig's comm loss). Grows (doubling)
 * instead of dropping: events are never lost; steady state allocates nothing. Sim thread only.
 */
final class EventBuffer {
    long[] step = new long[64];
    int[] kind = new int[64];
    int[] subject = new int[64];
    double[] value = new double[64];
    /** Events shown to staff only (forces, silent faults): left out of a student's stream. */
    boolean[] staffOnly = new boolean[64];
    int size;
    int staffOnlyCount;

    void add(long s, EventKind k, int subj, double v) {
        add(s, k.ordinal() + 1, subj, v);
    }

    void add(long s, int wireKind, int subj, double v) {
        add(s, wireKind, subj, v, false);
    }

    void add(long s, EventKind k, int subj, double v, boolean forStaffOnly) {
        add(s, k.ordinal() + 1, subj, v, forStaffOnly);
    }

    void add(long s, int wireKind, int subj, double v, boolean forStaffOnly) {
        if (size == step.length) {
            int n = size * 2;
            step = Arrays.copyOf(step, n);
            kind = Arrays.copyOf(kind, n);
            subject = Arrays.copyOf(subject, n);
            value = Arrays.copyOf(value, n);
            staffOnly = Arrays.copyOf(staffOnly, n);
        }
        staffOnly[size] = forStaffOnly;
        if (forStaffOnly) {
            staffOnlyCount++;
        }
        step[size] = s;
        kind[size] = wireKind;
        subject[size] = subj;
        value[size] = v;
        size++;
    }

    void clear() {
        size = 0;
        staffOnlyCount = 0;
    }
}
