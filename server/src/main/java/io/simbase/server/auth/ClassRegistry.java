package io.simbase.server.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Open classes by join code; thread-safe. Opened with {@link #open(Path)}, every class is
 * appended to a file in the data folder and reloaded at the next start, so a join code keeps
 * working after a restart. One line per class: {@code code<TAB>name<TAB>instructor}, name and
 * instructor escaped ({@code %XX} for {@code %}, tab, newline and other control characters);
 * {@code #} starts a comment. Lines that do not parse, and an unterminated last line (a write
 * torn by a kill), are skipped with one line on stderr; an unterminated last line is cut off.
 * Opening a class writes one line and forces it to disk (rare: once per lesson).
 */
public final class ClassRegistry {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4,16}");
    static final String HEADER = "# SimBase open classes: code<TAB>name<TAB>instructor; %XX escapes %, tab, newline";

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, ClassRoom> byCode = new ConcurrentHashMap<>();
    private final LineFile file;
    private final Roster roster;
    private int skipped;

    /** In memory only: classes end with the process. */
    public ClassRegistry() {
        this.file = null;
        this.roster = Roster.inMemory(new PasswordHasher());
    }

    private ClassRegistry(LineFile file, Roster roster) {
        this.file = file;
        this.roster = roster;
    }

    /**
     * As {@link #open(Path)}, with the classes' students ({@link Roster}) in {@code students.txt}
     * beside it, their passwords hashed by {@code hasher}.
     */
    public static ClassRegistry open(Path path, PasswordHasher hasher) throws IOException {
        Path students = path.toAbsolutePath().resolveSibling("students.txt");
        return open(path, Roster.open(students, hasher, System.err::println), System.err::println);
    }

    /** The students of the classes. */
    public Roster roster() {
        return roster;
    }

    /** Loads the classes of {@code path} (a missing file: none) and appends new ones to it. */
    public static ClassRegistry open(Path path) throws IOException {
        return open(path, System.err::println);
    }

    /** As {@link #open(Path)}, with {@code warn} taking the one-line reports instead of stderr. */
    public static ClassRegistry open(Path path, Consumer<String> warn) throws IOException {
        return open(path, Roster.inMemory(new PasswordHasher()), warn);
    }

    private static ClassRegistry open(Path path, Roster roster, Consumer<String> warn) throws IOException {
        ClassRegistry r = new ClassRegistry(new LineFile(path, HEADER, warn), roster);
        LineFile.Content content = LineFile.read(path);
        int bad = 0;
        for (String line : content.lines()) {
            if (line != null && (line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            ClassRoom c = line == null ? null : parse(line);
            if (c == null) {
                bad++;
            } else {
                r.byCode.putIfAbsent(c.code(), c);
            }
        }
        if (content.tornTail()) {
            bad++;
            r.file.truncate(content.completeBytes());
        }
        r.skipped = bad;
        if (bad > 0) {
            warn.accept(LineFile.skippedMessage(path, bad));
        }
        return r;
    }

    private static ClassRoom parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 3 || !CODE.matcher(f[0]).matches()) {
            return null;
        }
        String name = LineFile.unescape(f[1]);
        String instructor = LineFile.unescape(f[2]);
        return name == null || instructor == null ? null : new ClassRoom(f[0], name, instructor);
    }

    /** Lines skipped when the file was loaded (0 in memory). */
    public int skippedAtLoad() {
        return skipped;
    }

    /** Opens a class with a fresh 6-character code. */
    public ClassRoom open(String name, String instructor) {
        while (true) {
            StringBuilder sb = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            ClassRoom c = new ClassRoom(sb.toString(), name, instructor);
            if (byCode.putIfAbsent(c.code(), c) == null) {
                persist(c);
                return c;
            }
        }
    }

    /**
     * Opens a class with a given code (for {@code serve --class-code}); when the code is open
     * already (also from an earlier run), that class is returned unchanged.
     */
    public ClassRoom openWithCode(String code, String name, String instructor) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("class code must be 4-16 upper-case letters or digits: '" + code + "'");
        }
        ClassRoom c = new ClassRoom(code, name, instructor);
        ClassRoom prev = byCode.putIfAbsent(code, c);
        if (prev != null) {
            return prev;
        }
        persist(c);
        return c;
    }

    /** The class of a code, or null. */
    public ClassRoom find(String code) {
        return code == null ? null : byCode.get(code.trim().toUpperCase(Locale.ROOT));
    }

    private void persist(ClassRoom c) {
        if (file != null) {
            file.append(c.code() + '\t' + LineFile.escape(c.name()) + '\t' + LineFile.escape(c.instructor()), true);
        }
    }
}
