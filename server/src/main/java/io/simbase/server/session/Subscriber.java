package io.simbase.server.session;

/** One client observing a session; owned by the session's sim thread. */
final class Subscriber {
    final ClientLink link;
    final Audience audience;
    /** Set when a delta was merged away; the next sample this client gets is a full state. */
    boolean needsFull;
    /** When this client last became not writable (sim clock nanos); 0 while writable. */
    long unwritableSinceNanos;

    Subscriber(ClientLink link, Audience audience) {
        this.link = link;
        this.audience = audience;
    }
}
