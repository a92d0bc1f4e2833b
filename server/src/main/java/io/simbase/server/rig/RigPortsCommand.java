package io.simbase.server.rig;

import io.simbase.bridge.serial.SerialPorts;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code simbase rig ports}: one serial port per line. */
@Command(name = "ports", mixinStandardHelpOptions = true,
        description = "List the serial ports found (ttyS, ttyUSB, ttyACM, ...), one per line.")
public final class RigPortsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> ports = SerialPorts.list();
        for (String p : ports) {
            out.println(p);
        }
        out.flush();
        if (ports.isEmpty()) {
            spec.commandLine().getErr().println("rig ports: no serial ports found");
        }
    }
}
