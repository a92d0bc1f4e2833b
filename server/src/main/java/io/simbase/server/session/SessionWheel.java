package io.simbase.server.session;

import java.util.ArrayList;

/**
 * A hashed timing wheel of sessions on the sim thread's wake-up grid: a session sits in the
 * slot of the first grid tick at or after its next deadline (intrusive doubly linked lists
 * through each session's {@link Pacing}, so no allocation). A wake-up takes only the slots
 * of the ticks that have passed, instead of looking at every session of the thread: at a few
 * hundred sessions per thread that look cost more than the steps themselves (cache misses on
 * every session, twenty times per step period; docs/decisions/0010).
 *
 * <p>A deadline further than the wheel's span lands in a slot that comes round earlier; the
 * caller finds it not yet due and puts it back. Sim thread only.
 */
final class SessionWheel {
    static final int SLOTS = 1024;
    private static final int MASK = SLOTS - 1;

    private final long tickNanos;
    private final Session[] heads = new Session[SLOTS];
    private int size;

    SessionWheel(long tickNanos) {
        this.tickNanos = tickNanos;
    }

    /** The grid tick of {@code nanos}, rounded down. */
    long tickOf(long nanos) {
        return Math.floorDiv(nanos, tickNanos);
    }

    /** The first grid tick at or after {@code nanos}. */
    long tickAtOrAfter(long nanos) {
        return -Math.floorDiv(-nanos, tickNanos);
    }

    int size() {
        return size;
    }

    /** Puts {@code s} (not on the wheel) in the slot of the first tick at or after {@code atNanos}. */
    void add(Session s, long atNanos) {
        if (s.pacing.wheelSlot >= 0) {
            throw new IllegalStateException("session " + s.id() + " is already on the wheel");
        }
        int slot = (int) (tickAtOrAfter(atNanos) & MASK);
        Session head = heads[slot];
        s.pacing.wheelPrev = null;
        s.pacing.wheelNext = head;
        if (head != null) {
            head.pacing.wheelPrev = s;
        }
        heads[slot] = s;
        s.pacing.wheelSlot = slot;
        size++;
    }

    /** Takes {@code s} off the wheel if it is on it. */
    void remove(Session s) {
        Pacing p = s.pacing;
        int slot = p.wheelSlot;
        if (slot < 0) {
            return;
        }
        if (p.wheelPrev != null) {
            p.wheelPrev.pacing.wheelNext = p.wheelNext;
        } else {
            heads[slot] = p.wheelNext;
        }
        if (p.wheelNext != null) {
            p.wheelNext.pacing.wheelPrev = p.wheelPrev;
        }
        p.wheelPrev = null;
        p.wheelNext = null;
        p.wheelSlot = -1;
        size--;
    }

    /**
     * Moves every session of the slots of ticks {@code fromTick..toTick} (inclusive; the whole
     * wheel when that is more than a turn) into {@code out}, taking them off the wheel.
     */
    void takeSlots(long fromTick, long toTick, ArrayList<Session> out) {
        long n = Math.min(toTick - fromTick + 1, SLOTS);
        for (long t = fromTick; t < fromTick + n; t++) {
            int slot = (int) (t & MASK);
            Session s = heads[slot];
            heads[slot] = null;
            while (s != null) {
                Session next = s.pacing.wheelNext;
                s.pacing.wheelPrev = null;
                s.pacing.wheelNext = null;
                s.pacing.wheelSlot = -1;
                size--;
                out.add(s);
                s = next;
            }
        }
    }

    /** The first tick in {@code fromTick..toTick} whose slot holds a session, or -1. */
    long firstOccupiedTick(long fromTick, long toTick) {
        for (long t = fromTick; t <= toTick && t < fromTick + SLOTS; t++) {
            if (heads[(int) (t & MASK)] != null) {
                return t;
            }
        }
        return -1;
    }
}
