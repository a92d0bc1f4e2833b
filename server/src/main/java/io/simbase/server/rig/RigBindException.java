package io.simbase.server.rig;

import io.simbase.protocol.v1.Error;

/** Why a rig could not be bound or unbound: the wire error code and a one-line text. */
public final class RigBindException extends Exception {
    private final Error.Code code;

    public RigBindException(Error.Code code, String message) {
        super(message);
        this.code = code;
    }

    public Error.Code code() {
        return code;
    }
}
