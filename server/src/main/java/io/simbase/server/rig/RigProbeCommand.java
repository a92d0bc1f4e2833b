package io.simbase.server.rig;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.MasterPdu;
import io.simbase.bridge.master.MasterPoller;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.rtu.RtuConnection;
import io.simbase.bridge.tcp.ModbusTcpClient;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.server.cli.UserException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code simbase rig probe}: one Modbus transaction (RTU or TCP) against a device, values printed one
 * per line as {@code TABLE ADDRESS VALUE}. A timeout or an exception reply is one line on
 * stderr and exit code 2.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "One Modbus read (or write) against a device on a serial port (RTU) or at an address (TCP);"
                + " prints the values.")
public final class RigProbeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class Target {
        @Option(names = "--port", paramLabel = "DEV", description = "Serial port of the device (Modbus RTU).")
        String port;

        @Option(names = "--tcp", paramLabel = "HOST:PORT", description = "Address of the device (Modbus TCP).")
        String tcp;
    }

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Mixin
    LineOptions line;

    @Option(names = "--unit", paramLabel = "U", defaultValue = "1", description = "Modbus unit id (default ${DEFAULT-VALUE}).")
    int unit;

    @Option(names = "--read", paramLabel = "TABLE:ADDR:COUNT",
            description = "What to read: table (coil, discrete_input, holding_register, input_register or co, di, hr, ir),"
                    + " 0-based address, count. Example: hr:0:4")
    String read;

    @Option(names = "--write", paramLabel = "TABLE:ADDR=V[,V...]",
            description = "Instead of reading, write coils (co) or holding registers (hr). Example: hr:10=1,2,3")
    String write;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "1000",
            description = "Response timeout (default ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "0", description = "Retries after a failed attempt.")
    int retries;

    @Override
    public void run() {
        LineOptions.checkUnit(unit);
        if ((read == null) == (write == null)) {
            throw new UserException("give exactly one of --read TABLE:ADDR:COUNT and --write TABLE:ADDR=V[,V...]");
        }
        if (timeoutMillis < 1 || retries < 0 || retries > 10) {
            throw new UserException("--timeout-ms must be at least 1 and --retries 0..10");
        }
        byte[] pdu = new byte[Fc.MAX_PDU];
        byte[] reply = new byte[Fc.MAX_PDU];
        int pduLen;
        ModbusTable table;
        int address;
        int count;
        if (read != null) {
            String[] p = read.split(":");
            if (p.length != 3) {
                throw new UserException("--read: expected TABLE:ADDR:COUNT, got '" + read + "'");
            }
            table = table(p[0], "--read");
            address = number(p[1], "--read address", 0, 65535);
            count = number(p[2], "--read count", 1, table.isBit() ? 2000 : 125);
            pduLen = MasterPdu.read(pdu, table, address, count);
        } else {
            int eq = write.indexOf('=');
            String[] p = eq < 0 ? new String[0] : write.substring(0, eq).split(":");
            if (p.length != 2) {
                throw new UserException("--write: expected TABLE:ADDR=V[,V...], got '" + write + "'");
            }
            table = table(p[0], "--write");
            if (!table.isWritable()) {
                throw new UserException("--write: only coils (co) and holding registers (hr) can be written");
            }
            address = number(p[1], "--write address", 0, 65535);
            String[] vs = write.substring(eq + 1).split(",");
            count = vs.length;
            int[] values = new int[count];
            for (int i = 0; i < count; i++) {
                values[i] = table.isBit() ? number(vs[i], "--write value", 0, 1)
                        : number(vs[i], "--write value", -32768, 65535) & 0xFFFF;
            }
            pduLen = table.isBit() ? MasterPdu.writeCoils(pdu, address, values, count)
                    : MasterPdu.writeRegisters(pdu, address, values, count);
        }
        PrintWriter out = spec.commandLine().getOut();
        String where = target.port != null ? target.port : target.tcp;
        try (MasterPoller.Connection link = connect()) {
            long start = System.nanoTime();
            int len = link.transact(unit, pdu, pduLen, reply);
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
            if (MasterPdu.isException(reply)) {
                throw new UserException(where + ": unit " + unit + " answered exception " + reply[1] + " ("
                        + Fc.exceptionName(reply[1]) + ")");
            }
            if (write != null) {
                out.println("wrote " + count + " " + table.key() + (count == 1 ? "" : "s") + " at " + address
                        + " (" + micros + " us)");
            } else {
                int[] values = new int[count];
                if (!MasterPdu.decodeRead(reply, len, table, count, values)) {
                    throw new UserException(where + ": unit " + unit + " sent a reply that does not match the request");
                }
                for (int i = 0; i < count; i++) {
                    out.println(table.shortKey() + " " + (address + i) + " " + values[i]);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UserException(e.getMessage());
        }
    }

    private MasterPoller.Connection connect() throws IOException {
        long timeout = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        if (target.tcp != null) {
            int colon = target.tcp.lastIndexOf(':');
            if (colon <= 0) {
                throw new UserException("--tcp: expected HOST:PORT, got '" + target.tcp + "'");
            }
            int p = number(target.tcp.substring(colon + 1), "--tcp port", 1, 65535);
            return ModbusTcpClient.connect(target.tcp.substring(0, colon), p, new CommHealth(), timeout, retries);
        }
        LineSettings ls = line.settings(target.port, null);
        JsscSerialLink link;
        try {
            link = RigLink.openSerial(ls);
        } catch (RigLinkException e) {
            throw LineOptions.openFailed(e, "--port");
        }
        return new RtuConnection(link, new CommHealth(), timeout,
                Math.max(TimeUnit.MILLISECONDS.toNanos(20), ls.charNanos() * 4), retries);
    }

    private static ModbusTable table(String s, String option) {
        ModbusTable t = ModbusTable.parse(s);
        if (t == null) {
            throw new UserException(option + ": unknown table '" + s
                    + "' (coil, discrete_input, holding_register, input_register or co, di, hr, ir)");
        }
        return t;
    }

    private static int number(String s, String what, int min, int max) {
        int v;
        try {
            v = Integer.decode(s.trim());
        } catch (NumberFormatException e) {
            throw new UserException(what + ": expected a number, got '" + s + "'");
        }
        if (v < min || v > max) {
            throw new UserException(what + ": " + v + " is out of " + min + ".." + max);
        }
        return v;
    }
}
