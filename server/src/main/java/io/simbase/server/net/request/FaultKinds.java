package io.simbase.server.net.request;

import io.simbase.engine.fault.FaultKind;
import io.simbase.protocol.v1.Error;

/** Reads a fault kind's key from a request. */
final class FaultKinds {
    private FaultKinds() {
    }

    /** The fault kind called {@code key}, or null after refusing {@code r}. */
    static FaultKind parse(Request<?> r, String key) {
        FaultKind k = FaultKind.parse(key);
        if (k == null) {
            r.refuse(Error.Code.BAD_REQUEST, "unknown fault kind '" + key + "'");
        }
        return k;
    }
}
