package io.simbase.server.rig;

import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.health.Watchdog;
import io.simbase.bridge.map.Mapping;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.rig.RigException;
import io.simbase.bridge.rig.RigFile;
import io.simbase.bridge.rig.RigFiles;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.cli.UserException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code simbase rig serve}: runs one scene in real time and serves its I/O image as a Modbus
 * RTU slave on a serial port or a Modbus TCP server, so a real PLC can be bench-tested against
 * the virtual plant without the full server; with {@code --opcua PORT} it serves the tags as an
 * OPC UA server instead ({@link OpcUaRigServe}). With {@code --rig} the rig file gives the link,
 * unit, map and watchdog (and a master rig polls real devices instead). Prints link state
 * changes and watchdog events as they happen; runs until interrupted or {@code --seconds} pass.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run a scene in real time and serve its I/O image as a Modbus slave "
                + "(RTU on a serial port, or TCP) or as an OPC UA server, or run a rig file against it.")
public final class RigServeCommand implements Runnable {
    static final int INPUT_QUEUE = 1024;

    /** Watchdog of a slave rig whose file does not set one: a PLC polls every 10 to 100 ms. */
    static final long DEFAULT_WATCHDOG_MILLIS = 2000;

    /** The option that names the serial port, for error hints ({@code rig monitor} says --port). */
    String portOption = "--serial";
    /** Where panel commands come from: standard input unless set (tests feed their own; null = none). */
    InputStream panelInput = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scene", paramLabel = "SCENE",
            description = "A bundled scene id or a scene file (default: the one the rig file names).")
    String scene;

    static final class Transport {
        @Option(names = "--serial", paramLabel = "DEV", description = "Serve Modbus RTU on this serial port.")
        String serial;

        @Option(names = "--tcp", paramLabel = "PORT",
                description = "Serve Modbus TCP on this port (5020 is customary; 502 needs root; 0 picks a free one).")
        Integer tcp;

        @Option(names = "--opcua", paramLabel = "PORT",
                description = "Serve the tags as an OPC UA server at opc.tcp://HOST:PORT/simbase (4840 is customary).")
        Integer opcua;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Transport transport;

    @Option(names = "--rig", paramLabel = "FILE",
            description = "A rig file: link, unit, register map, watchdog. --serial/--tcp/--unit and line options override it.")
    Path rigFile;

    @Mixin
    LineOptions line;

    @Mixin
    OpcUaOptions opcua;

    @Option(names = "--unit", paramLabel = "U", description = "Modbus unit id (default 1, or the rig file's).")
    Integer unit;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = RigFile.ALL_INTERFACES,
            description = "Address the Modbus TCP or OPC UA server listens on (default ${DEFAULT-VALUE}: every interface,"
                    + " so a lab PLC, HMI or SCADA can connect; 127.0.0.1 for this machine only).")
    String bind;

    @Option(names = "--watchdog-ms", paramLabel = "MS",
            description = "Comm-loss watchdog of a slave: after this long without a good request the PLC's actuators"
                    + " go to the safe state (default: the rig file's watchdog_ms, else " + DEFAULT_WATCHDOG_MILLIS
                    + "; 0 turns it off).")
    Long watchdogMillis;

    @Option(names = "--safe-state", paramLabel = "hold|zero",
            description = "Actuators on comm loss: zero (default without a rig file's watchdog_ms) or hold.")
    String safeState;

    @Option(names = "--no-panel", description = "Do not read panel commands (press TAG, release TAG, set TAG VALUE)"
            + " from standard input.")
    boolean noPanel;

    @Option(names = "--seed", paramLabel = "N", description = "World seed (default: the scene's).")
    Long seed;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "0",
            description = "Stop after this many seconds (default: run until interrupted).")
    double seconds;

    @Override
    public void run() {
        execute(spec.commandLine().getOut(), null);
    }

    /** Runs the rig against the scene; with a table, prints it every {@code table.intervalMillis()}. */
    void execute(PrintWriter out, MonitorTable table) {
        if (seconds < 0) {
            throw new UserException("--seconds: must not be negative");
        }
        if (unit != null) {
            LineOptions.checkUnit(unit);
        }
        if (transport != null && transport.opcua != null) {
            if (rigFile != null || unit != null) {
                throw new UserException("--opcua serves the scene's tags by name: --rig and --unit do not apply");
            }
            if (scene == null) {
                throw new UserException("give --scene with --opcua");
            }
            OpcUaRigServe.run(out, loadScene(scene), seed, bind, transport.opcua, opcua, seconds);
            return;
        }
        RigFile rig = rig();
        if (scene == null && rig.scene() == null) {
            throw new UserException("give --scene (the rig file names none)");
        }
        Scene sc = loadScene(scene != null ? scene : rig.scene());
        RegisterMap map;
        try {
            map = RigFiles.bind(rig, sc.layout());
        } catch (RigException e) {
            throw new UserException(e.getMessage());
        }
        RealTimeRunner runner = new RealTimeRunner(seed == null ? sc.newWorld() : sc.newWorld(seed), INPUT_QUEUE);
        RigLink opened;
        try {
            opened = RigLink.open(rig, map, runner, watchdogEvents(out, rig));
        } catch (RigLinkException e) {
            throw LineOptions.openFailed(e, portOption);
        }
        try (runner; RigLink link = opened) {
            runner.start();
            link.start();
            out.println("serving " + sc.id() + " as " + link.description());
            if (table == null) {
                printMap(out, map);
            }
            if (table == null && !noPanel && panelInput != null) {
                PanelConsole panel = new PanelConsole(panelInput, out, sc.layout(), sc.operatorTags(), runner);
                String controls = panel.controls();
                if (!controls.isEmpty()) {
                    out.println("panel: type 'press TAG', 'release TAG' or 'set TAG VALUE' and Enter; controls: " + controls);
                    panel.start();
                }
            }
            out.flush();
            Thread hook = new Thread(() -> report(out, link, runner), "rig serve report");
            Runtime.getRuntime().addShutdownHook(hook);
            watch(out, link, table, runner, map);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return; // the hook reports
            }
            report(out, link, runner);
        }
    }

    /** The rig file, with command-line overrides, or a rig made of the command line alone. */
    private RigFile rig() {
        RigFile base = null;
        if (rigFile != null) {
            try {
                base = RigFiles.load(rigFile);
            } catch (RigException e) {
                throw new UserException(e.getMessage());
            }
        } else if (transport == null) {
            throw new UserException("give --serial DEV, --tcp PORT or --opcua PORT (or --rig FILE)");
        }
        String name = base != null ? base.name() : "cli";
        RigFile.Role role = base != null ? base.role() : RigFile.Role.SLAVE;
        int u = unit != null ? unit : base != null ? base.unit() : 1;
        LineSettings serial = base != null ? base.serial() : null;
        String host = base != null && base.tcpHost() != null && rigFile != null && transport == null ? base.tcpHost() : bind;
        int port = base != null ? base.tcpPort() : 0;
        if (transport != null && transport.serial != null) {
            serial = line.settings(transport.serial, serial);
            port = 0;
        } else if (transport != null && transport.tcp != null) {
            if (transport.tcp < 0 || transport.tcp > 65535) {
                throw new UserException("--tcp: port " + transport.tcp + " is out of 0..65535");
            }
            serial = null;
            port = transport.tcp;
        } else if (serial != null) {
            serial = line.settings(serial.device(), serial);
        }
        if (serial != null) {
            host = null;
        }
        long watchdog = base != null ? base.watchdogMillis() : RigFile.WATCHDOG_UNSET;
        RigFile.SafeState safe = base != null && watchdog != RigFile.WATCHDOG_UNSET ? base.safeState() : RigFile.SafeState.ZERO;
        if (watchdogMillis != null) {
            if (watchdogMillis < 0 || watchdogMillis > 3_600_000) {
                throw new UserException("--watchdog-ms: " + watchdogMillis + " is out of 0..3600000");
            }
            watchdog = watchdogMillis;
        } else if (watchdog == RigFile.WATCHDOG_UNSET) {
            watchdog = DEFAULT_WATCHDOG_MILLIS;
        }
        if (safeState != null) {
            safe = switch (safeState.toLowerCase(Locale.ROOT)) {
                case "hold" -> RigFile.SafeState.HOLD;
                case "zero" -> RigFile.SafeState.ZERO;
                default -> throw new UserException("--safe-state: expected hold or zero, got '" + safeState + "'");
            };
        }
        if (base == null) {
            return new RigFile("command line", name, role, null, serial, host, port, u, 100, 500, 20, 2, watchdog,
                    safe, List.of());
        }
        return new RigFile(base.source(), name, role, base.scene(), serial, host, port, u, base.pollMillis(),
                base.responseTimeoutMillis(), base.byteTimeoutMillis(), base.retries(), watchdog, safe, base.map());
    }

    private static Watchdog.Listener watchdogEvents(PrintWriter out, RigFile rig) {
        return new Watchdog.Listener() {
            @Override
            public void commLost(long silentNanos) {
                out.println("comm lost: no request for " + TimeUnit.NANOSECONDS.toMillis(silentNanos)
                        + " ms; actuators to " + rig.safeState().name().toLowerCase(Locale.ROOT));
                out.flush();
            }

            @Override
            public void commRestored() {
                out.println("comm restored");
                out.flush();
            }
        };
    }

    /** Waits until interrupted or the time is up, printing link state changes (and the table). */
    private void watch(PrintWriter out, RigLink link, MonitorTable table, RealTimeRunner runner, RegisterMap map) {
        long end = seconds > 0 ? System.nanoTime() + (long) (seconds * 1e9) : Long.MAX_VALUE;
        LinkState shown = link.health().state();
        long nextTable = System.nanoTime();
        while (!Thread.currentThread().isInterrupted() && end - System.nanoTime() > 0) {
            if (table != null && System.nanoTime() - nextTable >= 0) {
                table.print(out, link.health(), link.wire(), runner, map);
                nextTable += TimeUnit.MILLISECONDS.toNanos(table.intervalMillis());
            }
            try {
                Thread.sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()), 50)));
            } catch (InterruptedException e) {
                return;
            }
            LinkState now = link.health().state();
            if (now != shown) {
                String why = now == LinkState.ONLINE ? "" : ": " + link.health().lastError();
                out.println("link " + now.key() + why);
                out.flush();
                shown = now;
            }
        }
    }

    private static void report(PrintWriter out, RigLink link, RealTimeRunner runner) {
        out.println("stopped: " + link.health().summary() + " steps=" + runner.steps()
                + " skipped_deadlines=" + runner.skippedDeadlines() + " refused_inputs=" + runner.refusedInputs());
        out.flush();
    }

    static Scene loadScene(String idOrPath) {
        try {
            return Scenes.load(idOrPath);
        } catch (SceneException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** The served map: one line per mapping, {@code table address tag (encoding)}. */
    private static void printMap(PrintWriter out, RegisterMap map) {
        for (Mapping m : map.mappings()) {
            out.println("  " + m.table().shortKey() + " " + m.address() + " " + m.tag().name()
                    + " " + m.tag().direction().key()
                    + (m.encoding() == io.simbase.bridge.map.Encoding.DEFAULT ? "" : " " + m.encoding().key()
                    + (m.encoding() == io.simbase.bridge.map.Encoding.BIT ? " " + m.bit() : "")));
        }
    }
}
