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
 */
public record PlantServerOptions(String bindAddress, int port, Path dataDir, boolean allowNone, boolean trustAll) {
    /** The endpoint path: {@code opc.tcp://HOST:PORT/simbase}. */
    public static final String PATH = "/simbase";

    public PlantServerOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of 1..65535");
        }
    }
}
