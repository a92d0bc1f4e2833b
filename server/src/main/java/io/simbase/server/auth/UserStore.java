package io.simbase.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Staff accounts (instructors, technicians) in a text file, one per line:
 * {@code <name> <role> <password hash>}; {@code #} starts a comment. Students have no accounts:
 * they join a class with its code. Every change rewrites the file atomically.
 * Thread-safe (synchronized); errors in the file name the file and line.
 */
public final class UserStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** One account. */
    public record Account(String name, Role role, String passwordHash) {
    }

    private final Path file;
    private final PasswordHasher hasher;
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    private UserStore(Path file, PasswordHasher hasher) {
        this.file = file;
        this.hasher = hasher;
    }

    /** Opens the store; a missing file is an empty store (created on the first change). */
    public static UserStore open(Path file, PasswordHasher hasher) throws IOException {
        UserStore s = new UserStore(file, hasher);
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                Role role = f.length == 3 ? Role.parse(f[1]) : null;
                if (role == null || role == Role.STUDENT || !NAME.matcher(f[0]).matches()) {
                    throw new IOException(file + ":" + (i + 1) + ": expected '<name> <instructor|technician> <hash>'");
                }
                s.accounts.put(f[0], new Account(f[0], role, f[2]));
            }
        }
        return s;
    }

    public Path file() {
        return file;
    }

    public synchronized boolean isEmpty() {
        return accounts.isEmpty();
    }

    public synchronized List<Account> list() {
        return new ArrayList<>(accounts.values());
    }

    /**
     * Adds an account.
     *
     * @throws IllegalArgumentException for a bad name, a student role or an existing name
     */
    public synchronized void add(String name, Role role, String password) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name must be 1-64 letters, digits, '_', '.', '-': '" + name + "'");
        }
        if (role == Role.STUDENT) {
            throw new IllegalArgumentException("students have no accounts; they join a class with its code");
        }
        if (accounts.containsKey(name)) {
            throw new IllegalArgumentException("user '" + name + "' exists; use 'user passwd'");
        }
        checkPassword(password);
        accounts.put(name, new Account(name, role, hasher.hash(password)));
        save();
    }

    /** Sets a new password. @throws IllegalArgumentException for an unknown user */
    public synchronized void setPassword(String name, String password) throws IOException {
        Account a = accounts.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no user '" + name + "'");
        }
        checkPassword(password);
        accounts.put(name, new Account(name, a.role(), hasher.hash(password)));
        save();
    }

    /** The account when the password matches; null otherwise. Slow on purpose. */
    public Account authenticate(String name, String password) {
        Account a;
        synchronized (this) {
            a = accounts.get(name);
        }
        if (a == null) {
            // Same work for an unknown name, so timing does not reveal which names exist.
            PasswordHasher.verify(password, hasher.hash("x"));
            return null;
        }
        return PasswordHasher.verify(password, a.passwordHash()) ? a : null;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("password must have at least 8 characters");
        }
    }

    private void save() throws IOException {
        StringBuilder sb = new StringBuilder("# SimBase staff accounts: name role pbkdf2-hash\n");
        for (Account a : accounts.values()) {
            sb.append(a.name()).append(' ').append(a.role().key()).append(' ').append(a.passwordHash()).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "users", ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
