package io.simbase.server.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/** Random bearer tokens (256 bits, base64url) for principals; in memory, thread-safe. */
public final class Tokens {
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Principal> byToken = new ConcurrentHashMap<>();

    public String issue(Principal p) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        String t = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        byToken.put(t, p);
        return t;
    }

    /** The principal of a token, or null. */
    public Principal resolve(String token) {
        return token == null ? null : byToken.get(token);
    }
}
