package io.simbase.server.rig;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The OPC UA options of {@code rig serve} beside {@code --opcua PORT}. */
public final class OpcUaOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder: the OPC UA certificate and trusted clients go under DIR/opcua (default ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--opcua-trust-all",
            description = "Accept every OPC UA client certificate (prints a warning); otherwise only those trusted with 'simbase opcua trust'.")
    boolean trustAll;

    @Option(names = "--opcua-session-timeout", paramLabel = "S", defaultValue = "10",
            description = "Longest silence of an OPC UA client before its session closes; if it wrote outputs, "
                    + "the actuators then go to zero (default ${DEFAULT-VALUE} s; clients may ask for less).")
    double sessionTimeoutSeconds;

    @Option(names = "--opcua-secure-only",
            description = "Offer only the Basic256Sha256 endpoints (Sign, SignAndEncrypt), not the unsecured None endpoint.")
    boolean secureOnly;
}
