package io.simbase.server.record;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A recording read back: header and whole records, in file order. A last line without its
 * newline (a write cut by a kill) is ignored; any other malformed line is an error naming the
 * file and line.
 */
public final class Recording {
    static final String MAGIC = "#simbase-recording 1";

    /** Kinds of records. */
    public enum Kind { INPUT, FORCE, UNFORCE, FAULT, CLEAR, RESET, HASH, END, PLC_LOAD, PLC_RUN, PLC_STOP, PART }

    /**
     * One record; fields unused by a kind are null or 0. {@code PLC_LOAD} carries the program's
     * file name in {@code target} and its text in {@code text} (Base64 in the file, so one line);
     * {@code RESET} carries the seed the world was rebuilt with in {@code seed} (0: the recording's);
     * {@code PART} (a part type queued for an emitter) the emitter's id in {@code target} and the
     * part type's name in {@code text}.
     */
    public record Entry(int line, Kind kind, long step, int tag, double value, String target, String fault,
                        String hash, String text, long seed) {
        Entry(int line, Kind kind, long step, int tag, double value, String target, String fault, String hash) {
            this(line, kind, step, tag, value, target, fault, hash, null, 0);
        }
    }

    /**
     * A comment record {@code # STEP TEXT} (pause, resume, who did what, a graded run's scenario):
     * it changes nothing in the world; {@code entriesBefore} places it among the entries.
     */
    public record Note(int line, long step, String text, int entriesBefore) {
    }

    /** Who made the recording: from its {@code # 0 owner} note; empty strings when it has none. */
    public record Owner(String classCode, String name, long startedMillis) {
        public static final Owner UNKNOWN = new Owner("", "", 0);
    }

    static final String OWNER_NOTE = "owner ";

    private final String scene;
    private final long seed;
    private final List<Entry> entries;
    private final List<Note> notes;
    private final boolean truncated;

    private Recording(String scene, long seed, List<Entry> entries, List<Note> notes, boolean truncated) {
        this.scene = scene;
        this.seed = seed;
        this.entries = List.copyOf(entries);
        this.notes = List.copyOf(notes);
        this.truncated = truncated;
    }

    public String scene() {
        return scene;
    }

    public long seed() {
        return seed;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The comment records, in file order. */
    public List<Note> notes() {
        return notes;
    }

    /** The session's class and owner, from the note its server wrote first ({@link Owner#UNKNOWN} without one). */
    public Owner owner() {
        for (Note n : notes) {
            Owner o = parseOwnerNote(n.text());
            if (o != null) {
                return o;
            }
        }
        return Owner.UNKNOWN;
    }

    /** The owner written by {@link RecordingWriter#owner}: {@code owner STARTED_MILLIS CLASS NAME}, both URL-encoded; null for another note. */
    public static Owner parseOwnerNote(String noteText) {
        if (!noteText.startsWith(OWNER_NOTE)) {
            return null;
        }
        String[] f = noteText.split(" ", -1);
        if (f.length != 4) {
            return null;
        }
        try {
            return new Owner(URLDecoder.decode(f[2], StandardCharsets.UTF_8), URLDecoder.decode(f[3], StandardCharsets.UTF_8),
                    Long.parseLong(f[1]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when the file ended inside a record (the partial record was ignored). */
    public boolean truncated() {
        return truncated;
    }

    /** Reads a recording. @throws RecordingException naming file and line */
    public static Recording read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean truncated = !text.isEmpty() && !text.endsWith("\n");
        String[] lines = text.split("\n", -1);
        int whole = lines.length - 1; // the part after the last newline is not a whole record
        String name = file.toString();
        if (whole < 3 || !lines[0].equals(MAGIC)) {
            throw new RecordingException(name, 1, "not a SimBase recording (expected '" + MAGIC + "' and a header)");
        }
        String scene = header(name, lines[1], 2, "scene");
        long seed;
        try {
            seed = Long.parseLong(header(name, lines[2], 3, "seed"));
        } catch (NumberFormatException e) {
            throw new RecordingException(name, 3, "seed is not a whole number");
        }
        List<Entry> out = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        for (int i = 3; i < whole; i++) {
            String l = lines[i];
            if (l.startsWith("# ")) {
                Note n = note(i + 1, l, out.size());
                if (n != null) {
                    notes.add(n);
                }
                continue;
            }
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            out.add(parse(name, i + 1, l.split(" "), seed));
        }
        return new Recording(scene, seed, out, notes, truncated);
    }

    /** A {@code # STEP TEXT} line as a note; null for any other comment. */
    private static Note note(int no, String line, int entriesBefore) {
        int space = line.indexOf(' ', 2);
        if (space < 0) {
            return null;
        }
        try {
            long step = Long.parseLong(line.substring(2, space));
            return step < 0 ? null : new Note(no, step, line.substring(space + 1), entriesBefore);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String header(String file, String line, int no, String key) {
        if (!line.startsWith(key + " ") || line.length() <= key.length() + 1) {
            throw new RecordingException(file, no, "expected '" + key + " <value>'");
        }
        return line.substring(key.length() + 1);
    }

    private static Entry parse(String file, int no, String[] f, long seed) {
        try {
            long step = Long.parseLong(f[1]);
            if (step < 0) {
                throw new RecordingException(file, no, "negative step");
            }
            switch (f[0]) {
                case "in":
                    need(file, no, f, 4);
                    return new Entry(no, Kind.INPUT, step, Integer.parseInt(f[2]), Double.parseDouble(f[3]), null, null, null);
                case "force":
                    need(file, no, f, 4);
                    return new Entry(no, Kind.FORCE, step, Integer.parseInt(f[2]), Double.parseDouble(f[3]), null, null, null);
                case "unforce":
                    need(file, no, f, 3);
                    return new Entry(no, Kind.UNFORCE, step, Integer.parseInt(f[2]), 0, null, null, null);
                case "fault":
                    need(file, no, f, 5);
                    return new Entry(no, Kind.FAULT, step, -1, Double.parseDouble(f[4]), f[2], f[3], null);
                case "clear":
                    need(file, no, f, 4);
                    return new Entry(no, Kind.CLEAR, step, -1, 0, f[2], f[3], null);
                case "reset":
                    if (f.length == 3) { // reset STEP SEED: a graded run's scenario, with its own seed
                        return new Entry(no, Kind.RESET, step, -1, 0, null, null, null, null, Long.parseLong(f[2]));
                    }
                    need(file, no, f, 2);
                    return new Entry(no, Kind.RESET, step, -1, 0, null, null, null, null, seed);
                case "hash":
                    need(file, no, f, 3);
                    return new Entry(no, Kind.HASH, step, -1, 0, null, null, f[2]);
                case "end":
                    need(file, no, f, 3);
                    return new Entry(no, Kind.END, step, -1, 0, null, null, f[2]);
                case "plc-load":
                    need(file, no, f, 4);
                    return new Entry(no, Kind.PLC_LOAD, step, -1, 0, unbase64(f[2]), null, null, unbase64(f[3]), 0);
                case "part":
                    need(file, no, f, 4);
                    return new Entry(no, Kind.PART, step, -1, 0, f[2], null, null, f[3], 0);
                case "plc-run":
                    need(file, no, f, 2);
                    return new Entry(no, Kind.PLC_RUN, step, -1, 0, null, null, null);
                case "plc-stop":
                    need(file, no, f, 2);
                    return new Entry(no, Kind.PLC_STOP, step, -1, 0, null, null, null);
                default:
                    throw new RecordingException(file, no, "unknown record '" + f[0] + "'");
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) { // numbers, Base64
            throw new RecordingException(file, no, "malformed record '" + String.join(" ", f) + "'");
        }
    }

    /** One field of text (a file name, a program) as it is written on a record's line. */
    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String unbase64(String field) {
        return new String(Base64.getDecoder().decode(field), StandardCharsets.UTF_8);
    }

    private static void need(String file, int no, String[] f, int n) {
        if (f.length != n) {
            throw new RecordingException(file, no, "record '" + f[0] + "' needs " + (n - 1) + " fields, has " + (f.length - 1));
        }
    }
}
