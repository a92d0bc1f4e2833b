package io.simbase.server.session;

import io.simbase.engine.world.Outcome;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;

/** Builds {@code error} replies. */
public final class SessionErrors {
    private SessionErrors() {
    }

    public static ServerMessage of(long requestId, Error.Code code, String text) {
        return ServerMessage.newBuilder().setRequestId(requestId)
                .setError(Error.newBuilder().setCode(code).setText(text)).build();
    }

    public static ServerMessage of(long requestId, Outcome st) {
        Error.Code code = switch (st.code()) {
            case UNKNOWN_TAG -> Error.Code.UNKNOWN_TAG;
            case NOT_WRITABLE -> Error.Code.NOT_WRITABLE;
            case OUT_OF_RANGE -> Error.Code.OUT_OF_RANGE;
            default -> Error.Code.BAD_REQUEST;
        };
        return of(requestId, code, st.message());
    }
}
