package io.simbase.server.cli;

import io.simbase.opcua.OpcUaPki;
import io.simbase.opcua.OpcUaSetupException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code simbase opcua ...}: the OPC UA server's certificates (trusting client certificates). */
@Command(name = "opcua", mixinStandardHelpOptions = true,
        description = "OPC UA: trust a client's certificate for the Basic256Sha256 endpoints.",
        subcommands = {OpcUaCommand.Trust.class})
public final class OpcUaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code simbase opcua trust FILE}: copies a client certificate into the trusted folder. */
    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Trust an OPC UA client's application certificate (DER or PEM file); "
                    + "a running server accepts it from the next connection.")
    static final class Trust implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The client's certificate, DER (.der) or PEM (.pem).")
        Path file;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
                description = "Data folder of the server (default ./${DEFAULT-VALUE}).")
        Path data;

        @Override
        public void run() {
            try {
                Path trusted = OpcUaPki.trust(data, file);
                spec.commandLine().getOut().println("trusted " + file + " as " + trusted);
            } catch (OpcUaSetupException e) {
                throw new UserException(e.getMessage());
            }
        }
    }
}
