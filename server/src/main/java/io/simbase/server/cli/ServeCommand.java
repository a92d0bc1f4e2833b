package io.simbase.server.cli;

import io.simbase.server.ServerConfig;
import io.simbase.server.SimBaseServer;
import io.simbase.server.auth.PasswordHasher;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.UserStore;
import io.simbase.server.opcua.OpcUaSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simbase serve}: the server, until interrupted (Ctrl-C or SIGTERM closes every session cleanly). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the SimBase server: HTTP, /metrics, /healthz and the WebSocket /ws on one port.")
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;
    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on (default ${DEFAULT-VALUE})")
    String host;
    @Option(names = "--data", defaultValue = "data", description = "data folder: accounts and recordings (default ./${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--sim-threads", description = "simulation threads (default: one per core)")
    Integer simThreads;
    @Option(names = "--sim-priority", defaultValue = "high", converter = SimPriorityConverter.class,
            description = "how the OS schedules sim threads: normal, high (nice -5 where permitted, 0.1 ms slice; "
                    + "default) or realtime (SCHED_FIFO: least lateness, but on a machine with few cores "
                    + "network and other programs wait behind the sim threads; see BENCHMARKS.md)")
    io.simbase.server.os.ThreadScheduling.Priority simPriority;
    @Option(names = "--io-threads", description = "network threads (default: one per two cores)")
    Integer ioThreads;
    @Option(names = "--max-sessions", defaultValue = "5000", description = "session limit (default ${DEFAULT-VALUE})")
    int maxSessions;
    @Option(names = "--idle-close-minutes", defaultValue = "30",
            description = "close a session after this many minutes with no observer, rig or input; its recording "
                    + "is kept (default ${DEFAULT-VALUE}; 0: never)")
    long idleCloseMinutes;
    @Option(names = "--capacity-lateness-ms", defaultValue = "0",
            description = "refuse new sessions (BUSY) while p99 step lateness over the last 10 s is above this, "
                    + "so the running ones keep real time; mind that a freshly started server (JIT warm-up) and a "
                    + "whole class joining at once are late for a few seconds (default ${DEFAULT-VALUE}: never refuse)")
    double capacityLatenessMillis;
    @Option(names = "--class-code", description = "open a class with this join code at start (4-16 A-Z/0-9)")
    String classCode;
    @Option(names = "--token-hours", defaultValue = "12",
            description = "hours a login or class join stays valid for resuming, also across restarts (1-8760; default ${DEFAULT-VALUE})")
    long tokenHours;
    @Option(names = "--tls-cert", description = "PEM certificate chain file: serve https/wss")
    Path tlsCert;
    @Option(names = "--tls-key", description = "PEM PKCS#8 private key file for --tls-cert")
    Path tlsKey;

    @Option(names = "--plc-ports", defaultValue = io.simbase.server.rig.OwnPlcPolicy.DEFAULT_PORTS,
            description = "ports for students' own PLCs, one Modbus TCP port per session that opens one (default ${DEFAULT-VALUE})")
    String plcPorts;
    @Option(names = "--plc-allow", paramLabel = "CIDR",
            description = "networks students' own PLCs may connect from, e.g. 10.0.0.0/8 (repeatable; default: any)")
    java.util.List<String> plcAllow = new java.util.ArrayList<>();
    @Option(names = "--results-db", paramLabel = "JDBC-URL",
            description = "keep graded-run results in PostgreSQL (jdbc:postgresql://HOST[:PORT]/DB?user=U&password=P; "
                    + "schema created and migrated on start) instead of DATA/results.txt")
    String resultsDb;
    @Option(names = "--opcua-port", description = "also serve every live session over OPC UA at opc.tcp://HOST:PORT/simbase "
            + "(folder Sessions/<class>/<student>/<session>; UserName sign-in with SimBase accounts or tokens; off unless given)")
    Integer opcuaPort;
    @Option(names = "--opcua-allow-none", description = "offer the unsecured OPC UA endpoint (SecurityPolicy None) beside Basic256Sha256")
    boolean opcuaAllowNone;
    @Option(names = "--opcua-trust-all", description = "accept every OPC UA client certificate (prints a warning; "
            + "otherwise trust each with './simbase opcua trust FILE')")
    boolean opcuaTrustAll;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (opcuaPort != null && (opcuaPort < 1 || opcuaPort > 65535)) {
            throw new UserException("--opcua-port: " + opcuaPort + " is out of 1..65535");
        }
        ServerConfig.Builder b = ServerConfig.builder().host(host).port(port).dataDir(data).maxSessions(maxSessions)
                .simPriority(simPriority).idleCloseMinutes(idleCloseMinutes).tokenHours(tokenHours)
                .capacityLatenessMillis(capacityLatenessMillis).resultsDb(resultsDb);
        b.plcPorts(plcPorts).plcAllow(plcAllow);
        if (simThreads != null) {
            b.simThreads(simThreads);
        }
        if (ioThreads != null) {
            b.ioThreads(ioThreads);
        }
        if (classCode != null) {
            b.classCode(classCode);
        }
        if (tlsCert != null || tlsKey != null) {
            b.tls(tlsCert, tlsKey);
        }
        ServerConfig config;
        try {
            config = b.build();
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        SimBaseServer server;
        try {
            server = SimBaseServer.start(config);
        } catch (java.net.BindException e) {
            throw new UserException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (is another server on port " + port + "? choose one with --port)", e);
        } catch (IllegalArgumentException | IOException | io.simbase.server.results.ResultStoreException e) {
            throw new UserException("cannot start: " + e.getMessage(), e);
        }
        try {
            firstRunAccounts(server.users(), out);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        String scheme = config.tlsCert == null ? "http" : "https";
        out.println("simbase " + SimBaseServer.VERSION + " listening on " + scheme + "://" + host + ":" + server.port()
                + "  (WebSocket /ws, /metrics, /healthz; data " + config.dataDir.toAbsolutePath() + ")");
        out.println("sim threads: " + server.sessions().threads().size() + ", "
                + server.sessions().threads().get(0).scheduling().description());
        out.println("students' own PLCs: Modbus TCP ports " + config.ownPlc.firstPort() + "-" + config.ownPlc.lastPort()
                + " on every interface, from " + config.ownPlc.describeAllowed());
        out.println(server.results().describe());
        if (server.defaultClass() != null) {
            out.println("class open: join code " + server.defaultClass().code());
        }
        OpcUaSessions opcua = opcuaPort == null ? null : ServeOpcUa.start(server, host, opcuaPort, config.dataDir,
                opcuaAllowNone, opcuaTrustAll, out);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (opcua != null) {
                    opcua.close();
                }
                server.close();
            } finally {
                stopped.countDown();
            }
        }, "simbase-shutdown"));
        stopped.await();
        return 0;
    }

    /** Parses {@code --sim-priority} case-insensitively with a clear message. */
    static final class SimPriorityConverter implements CommandLine.ITypeConverter<io.simbase.server.os.ThreadScheduling.Priority> {
        @Override
        public io.simbase.server.os.ThreadScheduling.Priority convert(String v) {
            for (var p : io.simbase.server.os.ThreadScheduling.Priority.values()) {
                if (p.key().equalsIgnoreCase(v.trim())) {
                    return p;
                }
            }
            throw new CommandLine.TypeConversionException("'" + v + "' is not one of normal, high, realtime");
        }
    }

    /**
     * On first start, creates an instructor and a technician and prints their passwords once. Runs
     * after the port is bound, so a start that fails (port taken) never eats the only printout.
     */
    static void firstRunAccounts(UserStore users, PrintWriter out) throws IOException {
        if (!users.isEmpty()) {
            return;
        }
        String instructor = PasswordHasher.randomPassword(16);
        String technician = PasswordHasher.randomPassword(16);
        users.add("instructor", Role.INSTRUCTOR, instructor);
        users.add("technician", Role.TECHNICIAN, technician);
        out.println("first start: created accounts (shown once; change with './simbase user passwd NAME'):");
        out.println("  instructor  password " + instructor);
        out.println("  technician  password " + technician);
    }
}
