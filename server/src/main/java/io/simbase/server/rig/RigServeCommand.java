package io.simbase.server.rig;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.rtu.RtuSlave;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.bridge.tcp.ModbusTcpServer;
import io.simbase.engine.io.ModbusTable;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.cli.UserException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code simbase rig serve}: runs one scene in real time and serves its I/O image as a Modbus
 * RTU slave on a serial port or a Modbus TCP server, so a real PLC can be bench-tested against
 * the virtual plant without the full server. Runs until interrupted or {@code --seconds} pass.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run a scene in real time and serve its I/O image as a Modbus slave "
                + "(RTU on a serial port, or TCP).")
public final class RigServeCommand implements Runnable {
    /** Silence that ends a partial RTU frame, at least; longer at low baud rates (3.5 characters). */
    static final long MIN_FRAME_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(100);
    static final long REOPEN_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    static final int INPUT_QUEUE = 1024;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scene", required = true, paramLabel = "SCENE",
            description = "A bundled scene id or a scene file.")
    String scene;

    static final class Transport {
        @Option(names = "--serial", paramLabel = "DEV", description = "Serve Modbus RTU on this serial port.")
        String serial;

        @Option(names = "--tcp", paramLabel = "PORT",
                description = "Serve Modbus TCP on this port (5020 is customary; 502 needs root).")
        Integer tcp;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Transport transport;

    @Mixin
    LineOptions line;

    @Option(names = "--unit", paramLabel = "U", defaultValue = "1", description = "Modbus unit id (default ${DEFAULT-VALUE}).")
    int unit;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address the TCP server listens on (default ${DEFAULT-VALUE}; 0.0.0.0 for the lab network).")
    String bind;

    @Option(names = "--seed", paramLabel = "N", description = "World seed (default: the scene's).")
    Long seed;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "0",
            description = "Stop after this many seconds (default: run until interrupted).")
    double seconds;

    @Override
    public void run() {
        LineOptions.checkUnit(unit);
        if (seconds < 0) {
            throw new UserException("--seconds: must not be negative");
        }
        Scene sc = loadScene(scene);
        PrintWriter out = spec.commandLine().getOut();
        RegisterMap map = RegisterMap.defaults(sc.layout());
        CommHealth health = new CommHealth();
        try (RealTimeRunner runner = new RealTimeRunner(seed == null ? sc.newWorld() : sc.newWorld(seed), INPUT_QUEUE)) {
            AutoCloseable server;
            String where;
            if (transport.serial != null) {
                LineSettings ls = line.settings(transport.serial);
                JsscSerialLink link = open(ls);
                long gap = Math.max(MIN_FRAME_GAP_NANOS, ls.charNanos() * 7 / 2);
                server = new RtuSlave(link, () -> JsscSerialLink.open(ls), ls.device(), unit,
                        new TagImage(runner, map), health, gap, POLL_NANOS, REOPEN_NANOS);
                where = "Modbus RTU on " + ls.device() + " (" + ls.describe() + ", unit " + unit + ")";
            } else {
                server = openTcp(runner, map, health);
                where = "Modbus TCP on " + bind + ":" + ((ModbusTcpServer) server).port() + " (unit " + unit + ")";
            }
            runner.start();
            if (server instanceof RtuSlave r) {
                r.start();
            } else {
                ((ModbusTcpServer) server).start();
            }
            out.println("serving " + sc.id() + " as " + where);
            printMap(out, sc);
            out.flush();
            Thread hook = new Thread(() -> report(out, health, runner), "rig serve report");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                waitUntilDone();
            } finally {
                closeQuietly(server);
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    return; // the hook reports
                }
                report(out, health, runner);
            }
        }
    }

    private void waitUntilDone() {
        long end = seconds > 0 ? System.nanoTime() + (long) (seconds * 1e9) : Long.MAX_VALUE;
        while (!Thread.currentThread().isInterrupted()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                Thread.sleep(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 200));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void report(PrintWriter out, CommHealth health, RealTimeRunner runner) {
        out.println("stopped: " + health.summary() + " steps=" + runner.steps()
                + " skipped_deadlines=" + runner.skippedDeadlines() + " refused_inputs=" + runner.refusedInputs());
        out.flush();
    }

    private ModbusTcpServer openTcp(RealTimeRunner runner, RegisterMap map, CommHealth health) {
        int port = transport.tcp;
        if (port < 0 || port > 65535) {
            throw new UserException("--tcp: port " + port + " is out of 0..65535");
        }
        try {
            return new ModbusTcpServer(new InetSocketAddress(bind, port), unit,
                    () -> new TagImage(runner, map), health, 16);
        } catch (IOException e) {
            throw new UserException("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
    }

    static JsscSerialLink open(LineSettings ls) {
        try {
            return JsscSerialLink.open(ls);
        } catch (IOException e) {
            throw new UserException("cannot open serial port " + e.getMessage());
        }
    }

    static Scene loadScene(String idOrPath) {
        try {
            return Scenes.load(idOrPath);
        } catch (SceneException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** The served table: one line per mapped tag, {@code table address tag}. */
    private static void printMap(PrintWriter out, Scene sc) {
        for (ModbusTable t : ModbusTable.values()) {
            for (var tag : sc.layout().inTable(t)) {
                out.println("  " + t.shortKey() + " " + tag.address() + " " + tag.name());
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // stopping
        }
    }
}
