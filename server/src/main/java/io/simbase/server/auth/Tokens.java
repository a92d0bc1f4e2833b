package io.simbase.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Random bearer tokens (256 bits, base64url) for principals, each valid for a fixed time from
 * its issue (12 hours by default); thread-safe. Only the SHA-256 of a token is kept, in memory
 * and on disk, so a copy of the file lets nobody log in.
 *
 * <p>Opened with {@link #open}, each issued token is appended to a file as one line
 * {@code <sha256 hex><TAB><expiry, epoch ms><TAB><role><TAB><class code><TAB><name>} (the last
 * two escaped as in {@link LineFile#escape}), so a restart logs nobody out. The append is
 * synchronous on the caller's thread (the auth executor for a login, the event loop for a class
 * join): one unbuffered write of the line, no fsync, microseconds; it survives a killed server,
 * and a power cut can lose the newest tokens, whose holders log in again. Loading drops expired
 * lines and damaged lines and rewrites the file at once when it dropped any.
 *
 * <p>An expired token is refused and forgotten when presented; the in-memory map is swept of
 * expired tokens on issue at most once a minute, so it holds only live tokens.
 */
public final class Tokens {
    /** Default lifetime of a token. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(12);
    static final String HEADER = "# SimBase tokens: sha256(token)<TAB>expires(epoch ms)<TAB>role<TAB>class<TAB>name";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final long SWEEP_EVERY_MILLIS = 60_000;

    /** A live token's principal and the wall-clock millisecond it expires at. */
    private record Entry(Principal principal, long expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final Clock clock;
    private final LineFile file;
    private final AtomicLong nextSweep = new AtomicLong();
    private int skipped;

    /** In memory only, {@link #DEFAULT_TTL}, the system clock. */
    public Tokens() {
        this(DEFAULT_TTL, Clock.systemUTC());
    }

    /** In memory only. */
    public Tokens(Duration ttl, Clock clock) {
        this(ttl, clock, null);
    }

    private Tokens(Duration ttl, Clock clock, LineFile file) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("token lifetime must be > 0, got " + ttl);
        }
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
        this.file = file;
    }

    /**
     * Loads the live tokens of {@code path} (a missing file: none), compacting it, and appends
     * new tokens to it. Damaged lines are counted in one line on stderr.
     */
    public static Tokens open(Path path, Duration ttl, Clock clock) throws IOException {
        return open(path, ttl, clock, System.err::println);
    }

    /** As {@link #open(Path, Duration, Clock)}, with {@code warn} taking the one-line reports. */
    public static Tokens open(Path path, Duration ttl, Clock clock, Consumer<String> warn) throws IOException {
        Tokens t = new Tokens(ttl, clock, new LineFile(path, HEADER, warn));
        LineFile.Content content = LineFile.read(path);
        long now = clock.millis();
        int bad = content.tornTail() ? 1 : 0;
        boolean dropped = content.tornTail();
        boolean header = false;
        List<String> keep = new ArrayList<>();
        for (String line : content.lines()) {
            if (line != null && (line.isBlank() || line.startsWith("#"))) {
                header |= line.equals(HEADER);
                continue;
            }
            Map.Entry<String, Entry> e = line == null ? null : parse(line);
            if (e == null) {
                bad++;
                dropped = true;
            } else if (e.getValue().expiresAt() <= now) {
                dropped = true;
            } else {
                t.byHash.put(e.getKey(), e.getValue());
                keep.add(line);
            }
        }
        if (content.exists() && (dropped || !header)) {
            t.file.rewrite(keep);
        }
        t.skipped = bad;
        if (bad > 0) {
            warn.accept(LineFile.skippedMessage(path, bad));
        }
        t.nextSweep.set(now + SWEEP_EVERY_MILLIS);
        return t;
    }

    private static Map.Entry<String, Entry> parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5 || !HASH.matcher(f[0]).matches()) {
            return null;
        }
        long expires;
        try {
            expires = Long.parseLong(f[1]);
        } catch (NumberFormatException e) {
            return null;
        }
        Role role = Role.parse(f[2]);
        String classCode = LineFile.unescape(f[3]);
        String name = LineFile.unescape(f[4]);
        if (expires < 0 || role == null || classCode == null || name == null || name.isEmpty()) {
            return null;
        }
        return Map.entry(f[0], new Entry(new Principal(name, role, classCode), expires));
    }

    /** Lines skipped as damaged when the file was loaded (0 in memory). */
    public int skippedAtLoad() {
        return skipped;
    }

    /** A new token for {@code p}, valid for the lifetime from now. */
    public String issue(Principal p) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        String t = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        long now = clock.millis();
        sweep(now);
        long expires = now + ttlMillis;
        String h = hash(t);
        byHash.put(h, new Entry(p, expires));
        if (file != null) {
            file.append(h + '\t' + expires + '\t' + p.role().key() + '\t' + LineFile.escape(p.classCode()) + '\t'
                    + LineFile.escape(p.name()), false);
        }
        return t;
    }

    /** The principal of a live token, or null (unknown or expired; an expired one is forgotten). */
    public Principal resolve(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String h = hash(token);
        Entry e = byHash.get(h);
        if (e == null) {
            return null;
        }
        if (e.expiresAt() <= clock.millis()) {
            byHash.remove(h, e);
            return null;
        }
        return e.principal();
    }

    /** Live tokens in memory (expired ones not yet swept included). */
    public int size() {
        return byHash.size();
    }

    private void sweep(long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY_MILLIS)) {
            byHash.values().removeIf(e -> e.expiresAt() <= now);
        }
    }

    /** SHA-256 of the token's UTF-8 bytes, lower-case hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
