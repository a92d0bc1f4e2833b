package io.simbase.server.results;

/** A result store could not be opened, read or written; the message is one line for a user. */
public final class ResultStoreException extends RuntimeException {
    public ResultStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
