package io.simbase.server.auth;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The students of each class, who sign in with the class code, their student number and a
 * password (or the code the instructor printed for them, which is their first password).
 * A student's identity is their number in the class, so they find their sessions again from any
 * browser. Persisted like {@link ClassRegistry}: one appended line per change,
 * {@code class<TAB>number<TAB>name<TAB>password-hash} (escaped); a later line for the same
 * class and number replaces an earlier one; torn and damaged lines are skipped with one line on
 * stderr. Thread-safe; hashing is slow on purpose, so callers keep it off event loops.
 */
public final class Roster {
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Set<String> HEADER_CELLS = Set.of("number", "student number", "student_number", "no",
            "id", "学号");
    static final String HEADER = "# SimBase students: class<TAB>number<TAB>name<TAB>pbkdf2-hash; %XX escapes";

    /** One student of a class. */
    public record Student(String classCode, String number, String name, String passwordHash) {
        /** The name sessions are owned by: stable for the student, readable for the instructor. */
        public String principalName() {
            return name + "#" + number;
        }
    }

    /** A student as an import reports them: {@code code} is their printed first password, empty when they had one. */
    public record Imported(String number, String name, String code) {
    }

    private final ConcurrentHashMap<String, Student> students = new ConcurrentHashMap<>();
    private final PasswordHasher hasher;
    private final LineFile file;

    private Roster(PasswordHasher hasher, LineFile file) {
        this.hasher = hasher;
        this.file = file;
    }

    /** In memory only. */
    public static Roster inMemory(PasswordHasher hasher) {
        return new Roster(hasher, null);
    }

    /** Loads {@code path} (missing: no students) and appends changes to it. */
    public static Roster open(Path path, PasswordHasher hasher, Consumer<String> warn) throws IOException {
        Roster r = new Roster(hasher, new LineFile(path, HEADER, warn));
        LineFile.Content content = LineFile.read(path);
        int bad = 0;
        for (String line : content.lines()) {
            if (line != null && (line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            Student s = line == null ? null : parse(line);
            if (s == null) {
                bad++;
            } else {
                r.students.put(key(s.classCode(), s.number()), s);
            }
        }
        if (content.tornTail()) {
            bad++;
            r.file.truncate(content.completeBytes());
        }
        if (bad > 0) {
            warn.accept(LineFile.skippedMessage(path, bad));
        }
        return r;
    }

    private static Student parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4 || !NUMBER.matcher(f[1]).matches() || f[3].isEmpty()) {
            return null;
        }
        String name = LineFile.unescape(f[2]);
        return name == null ? null : new Student(f[0], f[1], name, f[3]);
    }

    /** A student's key for {@link SignInGuard}: the same for every spelling of class code and number that signs in. */
    public static String accountKey(String classCode, String number) {
        return "student:" + key(classCode.strip(), number.strip());
    }

    private static String key(String classCode, String number) {
        return classCode.toUpperCase(Locale.ROOT) + "\t" + number;
    }

    /**
     * Adds the students of a CSV text ({@code number,name} per record, an optional header) to a
     * class. Students already in the class keep their password (a changed name is taken);
     * new ones get a printed code as their first password.
     *
     * @throws IllegalArgumentException naming the line of the first bad record; nothing is added then
     */
    public List<Imported> importCsv(String classCode, String csv) {
        List<String[]> rows = new ArrayList<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            Set<String> seen = new HashSet<>();
            for (CSVRecord rec : p) {
                long line = rec.getParser().getCurrentLineNumber();
                if (rows.isEmpty() && seen.isEmpty() && HEADER_CELLS.contains(rec.get(0).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (rec.size() != 2) {
                    throw new IllegalArgumentException("roster line " + line + ": expected 'student number,name', found "
                            + rec.size() + " field" + (rec.size() == 1 ? "" : "s"));
                }
                String number = rec.get(0);
                String name = rec.get(1);
                if (!NUMBER.matcher(number).matches()) {
                    throw new IllegalArgumentException("roster line " + line + ": student number '" + number
                            + "' must be 1-32 letters, digits, '_' or '-'");
                }
                checkName(name, "roster line " + line + ": ");
                if (!seen.add(number)) {
                    throw new IllegalArgumentException("roster line " + line + ": student number " + number + " twice");
                }
                rows.add(new String[] {number, name});
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("roster: not CSV text: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("roster: no students in the file (expected 'student number,name' lines)");
        }
        List<Imported> out = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            Student old = students.get(key(classCode, row[0]));
            String code = "";
            String hash;
            if (old != null) {
                hash = old.passwordHash();
            } else {
                code = PasswordHasher.randomPassword(8);
                hash = hasher.hash(code);
            }
            if (old == null || !old.name().equals(row[1])) {
                put(new Student(classCode.toUpperCase(Locale.ROOT), row[0], row[1], hash));
            }
            out.add(new Imported(row[0], row[1], code));
        }
        return out;
    }

    /**
     * A student not on the roster registers with a password of their own.
     *
     * @throws IllegalArgumentException for a bad number, name or password, or a number already in the class
     */
    public Student register(String classCode, String number, String name, String password) {
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("student number must be 1-32 letters, digits, '_' or '-'");
        }
        checkName(name, "");
        checkPassword(password);
        Student s = new Student(classCode.toUpperCase(Locale.ROOT), number, name.strip(), hasher.hash(password));
        if (students.putIfAbsent(key(classCode, number), s) != null) {
            throw new IllegalArgumentException("student number " + number + " is already in this class: sign in");
        }
        persist(s);
        return s;
    }

    /** The student when the password (or printed code) matches; null otherwise. Slow on purpose. */
    public Student authenticate(String classCode, String number, String password) {
        Student s = classCode == null || number == null ? null : students.get(key(classCode.strip(), number.strip()));
        if (s == null) {
            PasswordHasher.verify(password, hasher.hash("x")); // same work: timing does not tell who exists
            return null;
        }
        return PasswordHasher.verify(password, s.passwordHash()) ? s : null;
    }

    /** The student of a class with this number, or null. */
    public Student find(String classCode, String number) {
        return classCode == null || number == null ? null : students.get(key(classCode.strip(), number.strip()));
    }

    /**
     * The roster student a principal of {@code classCode} named {@code principalName} (their
     * {@link Student#principalName}) stands for, or null (a guest who joined with a name).
     */
    public Student ofPrincipal(String classCode, String principalName) {
        int hash = principalName.lastIndexOf('#');
        Student s = hash < 0 ? null : find(classCode, principalName.substring(hash + 1));
        return s != null && s.principalName().equals(principalName) ? s : null;
    }

    /**
     * Sets a student's password (a change they made, or a reset by the instructor). Slow on purpose.
     *
     * @throws IllegalArgumentException for an unknown student or a password under 8 characters
     */
    public Student setPassword(String classCode, String number, String password) {
        checkPassword(password);
        Student old = find(classCode, number);
        if (old == null) {
            throw new IllegalArgumentException("no student " + number + " in class " + classCode);
        }
        Student s = new Student(old.classCode(), old.number(), old.name(), hasher.hash(password));
        put(s);
        return s;
    }

    /** Gives a student a new printed code as their password and returns it (an instructor's reset). */
    public String resetPassword(String classCode, String number) {
        String code = PasswordHasher.randomPassword(8);
        setPassword(classCode, number, code);
        return code;
    }

    /** @throws IllegalArgumentException for a password under 8 characters */
    public static void checkPassword(String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("password must have at least 8 characters");
        }
    }

    /** The students of a class, in no particular order. */
    public List<Student> of(String classCode) {
        String prefix = classCode.toUpperCase(Locale.ROOT) + "\t";
        List<Student> out = new ArrayList<>();
        students.forEach((k, s) -> {
            if (k.startsWith(prefix)) {
                out.add(s);
            }
        });
        return out;
    }

    private static void checkName(String name, String where) {
        if (name == null || name.isBlank() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)
                || name.indexOf('#') >= 0) {
            throw new IllegalArgumentException(where + "name must be 1-64 printable characters without '#'");
        }
    }

    private void put(Student s) {
        students.put(key(s.classCode(), s.number()), s);
        persist(s);
    }

    private void persist(Student s) {
        if (file != null) {
            file.append(s.classCode() + '\t' + s.number() + '\t' + LineFile.escape(s.name()) + '\t' + s.passwordHash(),
                    true);
        }
    }
}
