package io.simbase.opcua;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link PlantServer} serves one plant: where it listens, where its certificates live and
 * which security it offers. Immutable; checked once when made.
 *
 * @param bindAddress address to listen on (127.0.0.1, or 0.0.0.0 for the lab network)
 * @param port TCP port, 1..65535 (4840 is OPC UA's registered port)
 * @param dataDir the data folder; certificates go under {@code DATA/opcua}
 * @param allowNone whether the unsecured endpoint (SecurityPolicy None) is offered beside
 *        Basic256Sha256 Sign and SignAndEncrypt
 * @param trustAll accept every client certificate instead of the trusted folder's only
 * @param maxSessionTimeoutMillis the longest session timeout a client may ask for: a client
 *        silent for longer loses its session, and if it wrote actuators they go to the safe
 *        state ({@link WriterWatch})
 */
public record PlantServerOptions(String bindAddress, int port, Path dataDir, boolean allowNone, boolean trustAll,
                                 long maxSessionTimeoutMillis) {
    /** The endpoint path: {@code opc.tcp://HOST:PORT/simbase}. */
    public static final String PATH = "/simbase";

    public PlantServerOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of 1..65535");
        }
        if (maxSessionTimeoutMillis < 1000) {
            throw new IllegalArgumentException("session timeout " + maxSessionTimeoutMillis + " ms is under 1 s");
        }
    }
}
