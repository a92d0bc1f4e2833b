package io.simbase.server.record;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each record of a recording falls on one timeline that counts every step the session
 * ran, across resets (a reset starts the world's own step count again; the timeline goes on).
 * Checks on the way that steps never go back within a world. Immutable after {@link #of};
 * built once per opened recording, any thread.
 */
public final class ReplayTimeline {
    /** A moment worth marking on the timeline: a record or a known note, {@code kind} a lower-case key. */
    public record Mark(long position, String kind, String text) {
    }

    private static final String GRADED = "graded run ";
    private static final String SCENARIO = " scenario ";

    private final long[] entryPositions;
    private final long[] notePositions;
    private final long end;
    private final boolean ended;

    private ReplayTimeline(long[] entryPositions, long[] notePositions, long end, boolean ended) {
        this.entryPositions = entryPositions;
        this.notePositions = notePositions;
        this.end = end;
        this.ended = ended;
    }

    /**
     * The timeline of {@code rec}.
     *
     * @throws RecordingException when a record's step is before an earlier one's in the same world
     */
    public static ReplayTimeline of(Recording rec, String fileName) {
        List<Recording.Entry> entries = rec.entries();
        List<Recording.Note> notes = rec.notes();
        long[] at = new long[entries.size()];
        long[] noteAt = new long[notes.size()];
        long offset = 0;
        long local = 0;
        long end = 0;
        boolean ended = false;
        int n = 0;
        for (int i = 0; i <= entries.size(); i++) {
            for (; n < notes.size() && notes.get(n).entriesBefore() == i; n++) {
                noteAt[n] = offset + Math.max(local, notes.get(n).step());
            }
            if (i == entries.size()) {
                break;
            }
            Recording.Entry e = entries.get(i);
            if (e.step() < local) {
                throw new RecordingException(fileName, e.line(), "step " + e.step() + " is before the world's step " + local);
            }
            local = e.step();
            at[i] = offset + local;
            end = Math.max(end, at[i]);
            if (e.kind() == Recording.Kind.RESET) {
                offset = at[i];
                local = 0;
            } else if (e.kind() == Recording.Kind.END) {
                ended = true;
                end = at[i];
            }
        }
        return new ReplayTimeline(at, noteAt, end, ended);
    }

    /** The timeline position of entry {@code index} of the recording. */
    public long entryPosition(int index) {
        return entryPositions[index];
    }

    /** The timeline position of note {@code index} of the recording. */
    public long notePosition(int index) {
        return notePositions[index];
    }

    /** The last position: the end record's, else the last record's (a live or cut recording). */
    public long end() {
        return end;
    }

    /** True when the recording has its end record (its session closed). */
    public boolean ended() {
        return ended;
    }

    /**
     * The marks of {@code rec} in file order, at most {@code max} (the first ones): every record but
     * the hash checkpoints, and the notes a page can name (pause, resume, time scale, graded runs).
     */
    public List<Mark> marks(Recording rec, IoLayout layout, int max) {
        List<Mark> out = new ArrayList<>();
        List<Recording.Entry> entries = rec.entries();
        List<Recording.Note> notes = rec.notes();
        int n = 0;
        for (int i = 0; i <= entries.size() && out.size() < max; i++) {
            for (; n < notes.size() && notes.get(n).entriesBefore() == i && out.size() < max; n++) {
                Mark m = noteMark(notePositions[n], notes.get(n).text());
                if (m != null) {
                    out.add(m);
                }
            }
            if (i < entries.size() && out.size() < max && entries.get(i).kind() != Recording.Kind.HASH) {
                out.add(entryMark(entryPositions[i], entries.get(i), layout));
            }
        }
        return out;
    }

    private static Mark entryMark(long at, Recording.Entry e, IoLayout layout) {
        String kind = e.kind().name().toLowerCase(java.util.Locale.ROOT);
        String text = switch (e.kind()) {
            case INPUT, FORCE -> tagName(layout, e.tag()) + "=" + value(e.value());
            case UNFORCE -> tagName(layout, e.tag());
            case FAULT, CLEAR -> e.target() + " " + e.fault();
            case PLC_LOAD -> e.target();
            case PART -> e.target() + " " + e.text();
            default -> "";
        };
        return new Mark(at, kind, text);
    }

    private static String tagName(IoLayout layout, int index) {
        if (layout == null || index < 0 || index >= layout.size()) {
            return "#" + index;
        }
        TagDef t = layout.tags().get(index);
        return t.name();
    }

    private static String value(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Mark noteMark(long at, String text) {
        if (text.equals("pause") || text.equals("resume")) {
            return new Mark(at, text, "");
        }
        if (text.startsWith("time scale ")) {
            return new Mark(at, "time_scale", text.substring("time scale ".length()));
        }
        if (text.equals("graded run ended")) {
            return new Mark(at, "graded_end", "");
        }
        if (text.startsWith("graded run aborted")) {
            return new Mark(at, "graded_abort", "");
        }
        int s = text.indexOf(SCENARIO);
        if (text.startsWith(GRADED) && s > 0) {
            return new Mark(at, "scenario", text.substring(GRADED.length(), s) + " / " + text.substring(s + SCENARIO.length()));
        }
        return null;
    }

    /**
     * Where scenario {@code scenarioId} of the {@code finishedRun}-th (0-based; negative: the last)
     * graded run of {@code exerciseId} that finished in this recording starts; -1 when there is no
     * such run or scenario. Runs that were aborted do not count (they keep no result).
     */
    public long scenarioStart(Recording rec, String exerciseId, int finishedRun, String scenarioId) {
        String prefix = GRADED + exerciseId + SCENARIO;
        List<Recording.Note> notes = rec.notes();
        int finished = 0;
        long found = -1;
        long last = -1;
        boolean inRun = false;
        for (int i = 0; i < notes.size(); i++) {
            String text = notes.get(i).text();
            if (text.startsWith(prefix)) {
                inRun = true;
                if (text.substring(prefix.length()).equals(scenarioId)) {
                    found = notePositions[i];
                }
            } else if (text.startsWith(GRADED + "aborted")) {
                inRun = false;
                found = -1;
            } else if (text.equals(GRADED + "ended") && inRun) {
                if (finished == finishedRun) {
                    return found;
                }
                last = found;
                finished++;
                inRun = false;
                found = -1;
            }
        }
        return finishedRun < 0 ? last : -1;
    }
}
