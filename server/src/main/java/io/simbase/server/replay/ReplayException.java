package io.simbase.server.replay;

import io.simbase.protocol.v1.Error;

/** A replay request that cannot be answered: the error code and a one-line reason for the client. */
public final class ReplayException extends Exception {
    private final Error.Code code;

    public ReplayException(Error.Code code, String text) {
        super(text, null, false, false);
        this.code = code;
    }

    public Error.Code code() {
        return code;
    }
}
