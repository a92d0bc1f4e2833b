package io.simbase.server.rig;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code simbase rig ...}: serial ports, probing devices, serving a scene as a Modbus slave. */
@Command(name = "rig",
        mixinStandardHelpOptions = true,
        description = "Physical rigs: list serial ports, probe Modbus devices, serve a scene as a Modbus slave.",
        subcommands = {
            RigPortsCommand.class,
            RigProbeCommand.class,
            RigMonitorCommand.class,
            RigServeCommand.class,
        })
public final class RigCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
