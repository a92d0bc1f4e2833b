package io.simbase.server.auth;

import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Open classes by join code; in memory, thread-safe. */
public final class ClassRegistry {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4,16}");
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, ClassRoom> byCode = new ConcurrentHashMap<>();

    /** Opens a class with a fresh 6-character code. */
    public ClassRoom open(String name, String instructor) {
        while (true) {
            StringBuilder sb = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            ClassRoom c = new ClassRoom(sb.toString(), name, instructor);
            if (byCode.putIfAbsent(c.code(), c) == null) {
                return c;
            }
        }
    }

    /** Opens a class with a given code (for {@code serve --class-code}). */
    public ClassRoom openWithCode(String code, String name, String instructor) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("class code must be 4-16 upper-case letters or digits: '" + code + "'");
        }
        ClassRoom c = new ClassRoom(code, name, instructor);
        ClassRoom prev = byCode.putIfAbsent(code, c);
        return prev == null ? c : prev;
    }

    /** The class of a code, or null. */
    public ClassRoom find(String code) {
        return code == null ? null : byCode.get(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
