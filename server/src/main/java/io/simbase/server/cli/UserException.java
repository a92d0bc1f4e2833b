package io.simbase.server.cli;

/** A mistake the user can fix; printed as one line, exit code 2, no stack trace. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
