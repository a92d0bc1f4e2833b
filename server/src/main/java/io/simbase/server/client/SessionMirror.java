package io.simbase.server.client;

import io.simbase.protocol.v1.EventBatch;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.StateDelta;
import java.util.HashMap;
import java.util.Map;

/**
 * A client's copy of one session's state, rebuilt from {@code full_state}, {@code delta} and
 * {@code events} messages, with the gap checks the protocol promises: a delta whose base is
 * not the last frame seen is ignored until the next full state ({@link #staleDeltas()}), and
 * an event batch that does not start at the next expected sequence number is a lost event
 * ({@link #eventGaps()}). Not thread-safe: feed it from one thread.
 */
public final class SessionMirror {
    private final String sessionId;
    private SessionLayout layout;
    private final Map<String, Integer> tagIndex = new HashMap<>();
    private double[] tags = new double[0];
    private long frame = -1;
    private long step;
    private long nextEventSeq = -1;
    private long eventGaps;
    private long events;
    private long staleDeltas;
    private long fullStates;
    private long deltas;
    private boolean synced;

    public SessionMirror(String sessionId) {
        this.sessionId = sessionId;
    }

    /** Applies a message if it belongs to this session; returns true when it did. */
    public boolean apply(ServerMessage m) {
        switch (m.getKindCase()) {
            case FULL_STATE -> {
                FullState f = m.getFullState();
                if (!f.getSessionId().equals(sessionId)) {
                    return false;
                }
                if (f.hasLayout()) {
                    layout = f.getLayout();
                    tagIndex.clear();
                    for (int i = 0; i < layout.getTagsCount(); i++) {
                        tagIndex.put(layout.getTags(i).getName(), i);
                    }
                }
                tags = new double[f.getTagsCount()];
                for (int i = 0; i < tags.length; i++) {
                    tags[i] = f.getTags(i);
                }
                frame = f.getFrame();
                step = f.getStep();
                if (nextEventSeq < 0) {
                    nextEventSeq = f.getNextEventSeq();
                }
                synced = true;
                fullStates++;
                return true;
            }
            case DELTA -> {
                StateDelta d = m.getDelta();
                if (!d.getSessionId().equals(sessionId)) {
                    return false;
                }
                if (!synced || d.getBaseFrame() != frame) {
                    synced = false;
                    staleDeltas++;
                    return true;
                }
                for (int i = 0; i < d.getTagIndexCount(); i++) {
                    tags[d.getTagIndex(i)] = d.getTagValue(i);
                }
                frame = d.getFrame();
                step = d.getStep();
                deltas++;
                return true;
            }
            case EVENTS -> {
                EventBatch e = m.getEvents();
                if (!e.getSessionId().equals(sessionId)) {
                    return false;
                }
                if (nextEventSeq >= 0 && e.getFirstSeq() != nextEventSeq) {
                    eventGaps++;
                }
                nextEventSeq = e.getFirstSeq() + e.getKindCount();
                events += e.getKindCount();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    public SessionLayout layout() {
        return layout;
    }

    /** Index of a tag, or -1 (before the first full state with layout, always -1). */
    public int tagIndex(String name) {
        Integer i = tagIndex.get(name);
        return i == null ? -1 : i;
    }

    /** The latest value of a tag seen by this client; NaN when unknown. */
    public double tag(String name) {
        int i = tagIndex(name);
        return i < 0 || i >= tags.length ? Double.NaN : tags[i];
    }

    public double tag(int index) {
        return index < tags.length ? tags[index] : Double.NaN;
    }

    public long frame() {
        return frame;
    }

    public long step() {
        return step;
    }

    public long events() {
        return events;
    }

    public long eventGaps() {
        return eventGaps;
    }

    public long staleDeltas() {
        return staleDeltas;
    }

    public long fullStates() {
        return fullStates;
    }

    public long deltas() {
        return deltas;
    }

    public boolean synced() {
        return synced;
    }
}
