package io.simbase.viewer.net;

/** The viewer's connection to the server, as the heads-up line shows it. */
public enum LinkState {
    CONNECTING,
    SIGNING_IN,
    /** Signed in, waiting for the session's first full state. */
    OPENING,
    LIVE,
    /** The connection dropped; the link retries by itself. */
    RECONNECTING,
    /** The server refused the sign-in or the session for good; the link has stopped. */
    REFUSED,
    /** Signed in without a scene: the start screen lists scenes and exercises until one is chosen. */
    CHOOSING
}
