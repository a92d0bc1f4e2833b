package io.simbase.server.rig;

import io.simbase.server.cli.UserException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code simbase rig monitor RIGFILE}: runs a rig against its scene in real time (as
 * {@code rig serve --rig} does) and shows a live table of the mapped values and the link's
 * comm health.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Run a rig file against its scene and show a live table of mapped values and comm health.")
public final class RigMonitorCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RIGFILE", description = "The rig file.")
    Path rigFile;

    @Option(names = "--scene", paramLabel = "SCENE", description = "Scene (default: the one the rig file names).")
    String scene;

    @Option(names = "--port", paramLabel = "DEV", description = "Use this serial port instead of the rig file's.")
    String port;

    @Option(names = "--interval-ms", paramLabel = "MS", defaultValue = "500",
            description = "Table refresh period (default ${DEFAULT-VALUE}).")
    long intervalMillis;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "0",
            description = "Stop after this many seconds (default: run until interrupted).")
    double seconds;

    @Override
    public void run() {
        if (intervalMillis < 50) {
            throw new UserException("--interval-ms: at least 50");
        }
        RigServeCommand serve = new RigServeCommand();
        serve.rigFile = rigFile;
        serve.scene = scene;
        serve.seconds = seconds;
        serve.line = new LineOptions();
        serve.bind = "127.0.0.1";
        serve.portOption = "--port";
        if (port != null) {
            serve.transport = new RigServeCommand.Transport();
            serve.transport.serial = port;
        }
        serve.execute(spec.commandLine().getOut(), new MonitorTable(intervalMillis, System.console() != null));
    }
}
