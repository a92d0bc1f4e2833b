package io.simbase.server.auth;

/** A class an instructor opened; students join it with {@code code}. Immutable. */
public record ClassRoom(String code, String name, String instructor) {
}
