package io.simbase.server.session;

/** One client observing a session; owned by the session's sim thread. */
final class Subscriber {
    final ClientLink link;
    final Audience audience;
    /** Frames from one state sample to the next: 1 for every frame, more for a thinned observer (a thumbnail). */
    final int statePeriod;
    /** Set when a delta was merged away; the next sample this client gets is a full state. */
    boolean needsFull;
    /** When this client last became not writable (sim clock nanos); 0 while writable. */
    long unwritableSinceNanos;

    Subscriber(ClientLink link, Audience audience, int statePeriod) {
        this.link = link;
        this.audience = audience;
        this.statePeriod = statePeriod;
    }
}
