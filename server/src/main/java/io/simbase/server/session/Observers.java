package io.simbase.server.session;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.simbase.engine.world.PublishedState;
import io.simbase.engine.world.World;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.server.session.CommandResult.Summary;
import java.util.ArrayList;
import java.util.List;

/**
 * The clients observing one session and the frame stream they get: full state on observe,
 * then per frame the events since the last frame (never dropped) and a delta against the
 * previous frame (merged away for a client that is not writable, which then gets a full
 * state when it is; an observer that asked for fewer samples, e.g. a thumbnail, gets a full
 * state every few frames the same way). A client not writable for longer than the stall limit, or with more
 * than the backlog limit queued, is disconnected with a reason. Sim thread only.
 */
final class Observers {
    private final String sessionId;
    private final long backlogLimitBytes;
    private final long stallLimitNanos;
    private final ArrayList<Subscriber> subscribers = new ArrayList<>();
    private DeltaEncoder delta;
    /** The current world's layout, sent with the first full state of each observer. */
    private SessionLayout layout;
    private PublishedState prev;
    private PublishedState cur;
    private long frame;
    private long eventSeq;
    /** Events numbered as students are shown them (without the staff-only ones). */
    private long studentEventSeq;

    Observers(String sessionId, long backlogLimitBytes, long stallLimitNanos) {
        this.sessionId = sessionId;
        this.backlogLimitBytes = backlogLimitBytes;
        this.stallLimitNanos = stallLimitNanos;
    }

    /**
     * Starts streaming a (new or rebuilt) world: the next frame's base is its state now, and
     * every observer gets a full state next, as its old values belong to the old world.
     */
    void rebase(World world) {
        prev = world.published().newView();
        cur = world.published().newView();
        world.published().readInto(prev);
        layout = StateMessages.layout(world);
        if (delta == null) {
            delta = new DeltaEncoder(sessionId, prev.tagCount(), prev.visualCount(), world.scene().maxParts());
        }
        for (Subscriber s : subscribers) {
            s.needsFull = true;
        }
    }

    int size() {
        return subscribers.size();
    }

    /** Parts in the last published frame. */
    int parts() {
        return prev.partCount();
    }

    /**
     * Adds an observer and sends it the full state of the last frame (the next delta's base),
     * with the forces and faults active now (their events may be older than any frame it gets);
     * false when {@code link} already observes. It gets a state sample every {@code statePeriod}
     * frames (1: every frame) and every frame's events.
     */
    boolean add(ClientLink link, long requestId, World world, boolean paused, ActiveFaults faults, Audience audience,
                int statePeriod) {
        for (Subscriber s : subscribers) {
            if (s.link == link) {
                return false;
            }
        }
        link.send(ServerMessage.newBuilder().setRequestId(requestId).setFullState(
                StateMessages.full(sessionId, frame, prev, layout, seq(audience), paused, world, faults.shownTo(audience),
                        audience)).build());
        subscribers.add(new Subscriber(link, audience, statePeriod));
        return true;
    }

    private long seq(Audience audience) {
        return audience == Audience.STUDENT ? studentEventSeq : eventSeq;
    }

    /** Tells every observer but {@code except} that the session ended (request id 0: not a reply), and forgets them. */
    void closed(Summary outcome, ClientLink except) {
        ServerMessage m = ServerMessage.newBuilder().setResult(StateMessages.result(outcome)).build();
        for (Subscriber s : subscribers) {
            if (s.link != except && s.link.isOpen()) {
                s.link.send(m);
            }
        }
        subscribers.clear();
    }

    /** Sends {@code m} to every open observer (sim thread; a session's own notices such as graded-run progress). */
    void sendAll(ServerMessage m) {
        for (Subscriber s : subscribers) {
            if (s.link.isOpen()) {
                s.link.send(m);
            }
        }
    }

    /** Tells every observer that the server failed running the session ({@code INTERNAL}). */
    void failed(String text) {
        ServerMessage m = ServerMessage.newBuilder().setError(Error.newBuilder().setCode(Error.Code.INTERNAL)
                .setText(text)).build();
        for (Subscriber s : subscribers) {
            if (s.link.isOpen()) {
                s.link.send(m);
            }
        }
    }

    /** Sends {@code m} to every open observer (a message that must not be skipped). */
    void sendToAll(ServerMessage m) {
        for (Subscriber s : subscribers) {
            if (s.link.isOpen()) {
                s.link.send(m);
            }
        }
    }

    /**
     * Sends the encoded message {@code msg[0..len)} to every open observer as one shared buffer
     * (a message that must not be skipped, already in wire format).
     */
    void sendToAll(byte[] msg, int len) {
        ByteBuf framed = null;
        for (Subscriber s : subscribers) {
            if (s.link.isOpen()) {
                if (framed == null) {
                    framed = FrameBytes.frames(PooledByteBufAllocator.DEFAULT, null, msg, 0, len, null, -1);
                }
                s.link.sendFramed(framed.retainedDuplicate());
            }
        }
        if (framed != null) {
            framed.release();
        }
    }

    void remove(ClientLink link) {
        subscribers.removeIf(s -> s.link == link);
    }

    /**
     * Publishes one frame of {@code world} with the events since the last one, then clears them.
     * {@code status[0..statusLen)} is one more encoded message that goes with the frame to every
     * observer, in the same write, never dropped (the soft PLC's status); {@code statusLen < 0}: none.
     */
    void publish(World world, EventBuffer events, boolean paused, ActiveFaults faults, SimThread.Counters counters,
                 long nowNanos, byte[] status, int statusLen) {
        world.published().readInto(cur);
        int nEvents = events.size;
        if (!subscribers.isEmpty()) {
            dropClosedAndHopeless(counters, nowNanos);
        }
        if (!subscribers.isEmpty()) {
            sendFrame(world, events, nEvents, paused, faults, counters, status, statusLen);
        }
        eventSeq += nEvents;
        studentEventSeq += nEvents - events.staffOnlyCount;
        events.clear();
        PublishedState t = prev;
        prev = cur;
        cur = t;
        frame++;
    }

    private void sendFrame(World world, EventBuffer events, int nEvents, boolean paused, ActiveFaults faults,
                           SimThread.Counters counters, byte[] status, int statusLen) {
        // One set of shared buffers per audience; students share the staff's when this frame has
        // nothing staff-only and both sequences agree (then the bytes are the same).
        boolean sameBytes = events.staffOnlyCount == 0 && studentEventSeq == eventSeq;
        Shared staff = new Shared(Audience.STAFF, eventSeq, events, nEvents);
        Shared student = sameBytes ? staff : new Shared(Audience.STUDENT, studentEventSeq, events,
                nEvents - events.staffOnlyCount);
        for (int i = subscribers.size() - 1; i >= 0; i--) { // each audience's last observer takes the buffers themselves
            Shared own = subscribers.get(i).audience == Audience.STUDENT ? student : staff;
            if (own.lastObserver < 0) {
                own.lastObserver = i;
            }
        }
        try {
            for (int i = 0; i < subscribers.size(); i++) {
                Subscriber s = subscribers.get(i);
                Shared sh = s.audience == Audience.STUDENT ? student : staff;
                byte[] ev = sh.events();
                int evLen = ev == null ? 0 : ev.length;
                boolean last = i == sh.lastObserver;
                ByteBuf out;
                int stateLen;
                boolean writable = s.link.isWritable();
                if (!writable || (s.statePeriod > 1 && (frame + 1) % s.statePeriod != 0)) {
                    // Not writable (merged), or between a thinned observer's samples: events only,
                    // and a full state when its next sample is due.
                    s.needsFull = true;
                    if (!writable) {
                        counters.merged++;
                    }
                    if (ev == null && statusLen < 0) {
                        continue;
                    }
                    if (sh.eventsOnly == null) {
                        sh.eventsOnly = FrameBytes.frames(PooledByteBufAllocator.DEFAULT, ev, null, 0, 0, status,
                                statusLen);
                    }
                    out = shared(sh.eventsOnly, last);
                    stateLen = -1;
                } else if (s.needsFull) {
                    s.needsFull = false;
                    byte[] full = ServerMessage.newBuilder().setFullState(StateMessages.full(sessionId, frame + 1, cur,
                            null, sh.nextSeq, paused, world, faults.shownTo(s.audience), s.audience)).build().toByteArray();
                    out = FrameBytes.frames(PooledByteBufAllocator.DEFAULT, ev, full, 0, full.length, status,
                            statusLen);
                    stateLen = full.length;
                } else {
                    if (sh.withDelta == null) {
                        if (deltaLen < 0) {
                            deltaLen = delta.encode(frame + 1, frame, prev, cur);
                        }
                        // The encoder's array is reused next frame: its bytes are copied here, once per audience.
                        sh.withDelta = FrameBytes.frames(PooledByteBufAllocator.DEFAULT, ev, delta.buffer(), 0, deltaLen,
                                status, statusLen);
                    }
                    out = shared(sh.withDelta, last);
                    stateLen = deltaLen;
                }
                s.link.sendFramed(out);
                if (last && (out == sh.withDelta || out == sh.eventsOnly)) {
                    sh.taken = out; // handed over: the link releases it
                }
                counters.frames += (ev != null ? 1 : 0) + (stateLen >= 0 ? 1 : 0) + (statusLen >= 0 ? 1 : 0);
                counters.bytes += evLen + Math.max(0, stateLen) + Math.max(0, statusLen);
            }
        } finally { // also when something above throws: the shared buffers are pooled memory
            staff.release();
            if (student != staff) {
                student.release();
            }
            deltaLen = -1;
        }
    }

    /** This frame's delta length once encoded, -1 before. */
    private int deltaLen = -1;

    /**
     * One audience's bytes for this frame, built at most once each and shared: its events, events
     * + delta (the usual), events alone (for observers that are not writable: events are never
     * dropped). The audience's last observer takes a buffer itself, the others a duplicate (own
     * indices, same bytes).
     */
    private final class Shared {
        final Audience audience;
        final long firstSeq;
        final EventBuffer buffer;
        final int shown;
        final long nextSeq;
        int lastObserver = -1;
        private byte[] events;
        ByteBuf withDelta;
        ByteBuf eventsOnly;
        ByteBuf taken;

        Shared(Audience audience, long firstSeq, EventBuffer buffer, int shown) {
            this.audience = audience;
            this.firstSeq = firstSeq;
            this.buffer = buffer;
            this.shown = shown;
            this.nextSeq = firstSeq + shown;
        }

        /** The audience's event message, encoded on first use; null when it is shown no event. */
        byte[] events() {
            if (events == null && shown > 0) {
                events = ServerMessage.newBuilder().setEvents(StateMessages.events(sessionId, firstSeq, buffer, audience))
                        .build().toByteArray();
            }
            return events;
        }

        void release() {
            if (withDelta != null && withDelta != taken) {
                withDelta.release();
            }
            if (eventsOnly != null && eventsOnly != taken) {
                eventsOnly.release();
            }
        }
    }

    /** The shared buffer itself for the last observer, a retained duplicate for the others. */
    private static ByteBuf shared(ByteBuf b, boolean last) {
        return last ? b : b.retainedDuplicate();
    }

    private void dropClosedAndHopeless(SimThread.Counters counters, long nowNanos) {
        for (int i = subscribers.size() - 1; i >= 0; i--) {
            Subscriber s = subscribers.get(i);
            if (!s.link.isOpen()) {
                subscribers.remove(i);
                continue;
            }
            String why = null;
            if (s.link.isWritable()) {
                s.unwritableSinceNanos = 0;
            } else if (s.unwritableSinceNanos == 0) {
                s.unwritableSinceNanos = nowNanos;
            } else if (nowNanos - s.unwritableSinceNanos > stallLimitNanos) {
                why = "client too slow: not reading for " + (stallLimitNanos / 1_000_000) + " ms";
            }
            if (why == null && s.unwritableSinceNanos != 0 && s.link.backlogBytes() > backlogLimitBytes) {
                why = "client too slow: more than " + backlogLimitBytes + " bytes queued for it";
            }
            if (why != null) {
                s.link.closeTooSlow(why + "; events cannot be dropped, so the connection is closed");
                subscribers.remove(i);
                counters.tooSlow++;
            }
        }
    }
}
