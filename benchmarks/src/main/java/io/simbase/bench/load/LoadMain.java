package io.simbase.bench.load;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.simbase.server.client.SimClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simbase load}: a load generator over real WebSocket connections. Without
 * {@code --server} it starts its own server as a separate JVM on a free loopback port and
 * stops it afterwards. Prints {@code key=value} lines: input-to-ack latency ({@code p50_ms},
 * {@code p99_ms}, {@code p999_ms}), input-to-visible latency, step lateness read from the
 * server for the measurement window, frames and bytes per second, losses and errors.
 */
@Command(name = "simbase load", mixinStandardHelpOptions = true,
        description = "Load generator: N student sessions over real WebSocket connections.")
public final class LoadMain implements Callable<Integer> {
    @Option(names = "--sessions", defaultValue = "100", description = "sessions, one student connection each (default ${DEFAULT-VALUE})")
    int sessions;
    @Option(names = "--seconds", defaultValue = "30", description = "measured seconds (default ${DEFAULT-VALUE})")
    int seconds;
    @Option(names = "--warmup", defaultValue = "5", description = "seconds run before measuring (default ${DEFAULT-VALUE})")
    int warmupSeconds;
    @Option(names = "--server", description = "aim at a running server, e.g. ws://127.0.0.1:7070 (default: start one)")
    String server;
    @Option(names = "--join", description = "class join code on --server")
    String join;
    @Option(names = "--trust-cert", description = "PEM certificate to trust for a wss:// --server (e.g. its self-signed one; "
            + "default: the system's certificate authorities)")
    Path trustCert;
    @Option(names = "--observers", defaultValue = "0", description = "instructor observers per session (own server only; default ${DEFAULT-VALUE})")
    int observers;
    @Option(names = "--scene", defaultValue = "sorting-station", description = "bundled scene (default ${DEFAULT-VALUE})")
    String scene;
    @Option(names = "--tag", defaultValue = "belt_run", description = "bool actuator toggled by the input pattern (default ${DEFAULT-VALUE})")
    String tag;
    @Option(names = "--plc", description = "a Structured Text program every session downloads to its soft PLC and runs "
            + "(e.g. assets/src/main/resources/simbase/programs/sorting-station.st with --tag start_pb)")
    java.nio.file.Path plc;
    @Option(names = "--input-period-ms", defaultValue = "500", description = "one input per session every this many ms (default ${DEFAULT-VALUE})")
    int inputPeriodMillis;
    @Option(names = "--server-heap", defaultValue = "1g", description = "-Xmx of the server started here (default ${DEFAULT-VALUE})")
    String serverHeap;
    @Option(names = "--sim-threads", description = "sim threads of the server started here (default: one per core)")
    Integer simThreads;
    @Option(names = "--sim-priority", defaultValue = "high",
            description = "--sim-priority of the server started here: normal, high or realtime (default ${DEFAULT-VALUE})")
    String simPriority;
    @Option(names = "--capacity-lateness-ms", defaultValue = "0",
            description = "--capacity-lateness-ms of the server started here (default ${DEFAULT-VALUE}: never refuse, "
                    + "to see where it breaks)")
    double capacityLatenessMillis;
    @Option(names = "--io-threads", description = "network threads of the server started here (default: the server's, one per two cores)")
    Integer ioThreads;
    @Option(names = "--slow-log", description = "write every input acknowledged later than --slow-ms to this file "
            + "(ms since the window opened, session, latency ms), to see whether slow acks come together or alone")
    Path slowLog;
    @Option(names = "--slow-ms", defaultValue = "10", description = "threshold of --slow-log (default ${DEFAULT-VALUE})")
    double slowMillis;
    @Option(names = "--client-threads", defaultValue = "1", description = "client event loops (default ${DEFAULT-VALUE})")
    int clientThreads;
    @Option(names = "--connect-timeout-ms", defaultValue = "10000", description = "WebSocket connect and handshake "
            + "timeout per client (default ${DEFAULT-VALUE}; raise it on a loaded machine)")
    long connectTimeoutMillis;
    @Option(names = "--credentials-out", paramLabel = "FILE", description = "once the sessions are ready, write one line "
            + "per session: user<TAB>token<TAB>session id (for an OPC UA load client that signs in as each session's "
            + "student, e.g. server/src/test/node/opcua-client/load.js --credentials FILE)")
    Path credentialsOut;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new LoadMain());
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("simbase load: " + ex.getMessage());
            return 2;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (sessions < 1 || seconds < 1 || inputPeriodMillis < 10 || observers < 0 || connectTimeoutMillis < 100) {
            throw new IllegalArgumentException("need --sessions >= 1, --seconds >= 1, --input-period-ms >= 10, --observers >= 0, "
                    + "--connect-timeout-ms >= 100");
        }
        if (trustCert != null && (server == null || !server.startsWith("wss:"))) {
            throw new IllegalArgumentException("--trust-cert is for a wss:// --server");
        }
        if ((server == null) != (join == null)) {
            throw new IllegalArgumentException("--server and --join go together");
        }
        if (server != null && observers > 0) {
            throw new IllegalArgumentException("--observers needs the load generator's own server (it knows the instructor password)");
        }
        String plcSource = null;
        if (plc != null) {
            try {
                plcSource = java.nio.file.Files.readString(plc);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read --plc " + plc + ": " + e.getMessage());
            }
        }
        var out = spec.commandLine().getOut();
        ServerProcess own = null;
        String base = server;
        String code = join;
        if (server == null) {
            own = ServerProcess.start(serverHeap, simThreads, ioThreads, simPriority, capacityLatenessMillis);
            base = "ws://127.0.0.1:" + own.port;
            code = ServerProcess.CLASS_CODE;
            out.println("server: own process pid=" + own.process.pid() + " port=" + own.port);
        }
        String http = base.replaceFirst("^ws", "http");
        io.netty.handler.ssl.SslContext tls = base.startsWith("wss:") ? SimClient.tls(trustCert) : null;
        if (trustCert != null) {
            httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(sslTrusting(trustCert)).build();
        }
        URI ws = URI.create(base + "/ws");
        LoadStats stats = new LoadStats();
        if (slowLog != null) {
            stats.slowNanos = Math.max(1, (long) (slowMillis * 1e6));
        }
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(clientThreads, NioIoHandler.newFactory());
        List<LoadClient> clients = new ArrayList<>();
        try {
            long t0 = System.nanoTime();
            final String joinCode = code;
            final String program = plcSource;
            final String instructorPassword = own == null ? null : own.instructorPassword;
            Semaphore inFlight = new Semaphore(32);
            List<CompletableFuture<String>> ready = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                acquireSetupSlot(inFlight, clients.size());
                LoadClient c = connected(group, ws, tls, () -> new LoadClient(stats, joinCode, scene, tag,
                        inputPeriodMillis * 1_000_000L, null, null).withPlc(program));
                c.ready.whenComplete((s, e) -> inFlight.release());
                clients.add(c);
                ready.add(c.ready);
            }
            try {
                CompletableFuture.allOf(ready.toArray(new CompletableFuture[0])).get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                long ok = ready.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).count();
                throw new IllegalStateException("setup stopped with " + ok + " of " + sessions + " sessions ready: "
                        + e.getCause().getMessage(), e.getCause());
            }
            if (observers > 0) {
                List<LoadClient> obs = new ArrayList<>();
                for (LoadClient student : new ArrayList<>(clients)) {
                    for (int k = 0; k < observers; k++) {
                        acquireSetupSlot(inFlight, clients.size());
                        LoadClient o = connected(group, ws, tls, () -> new LoadClient(stats, joinCode, scene, tag, 0,
                                student.sessionId(), instructorPassword));
                        o.ready.whenComplete((s, e) -> inFlight.release());
                        obs.add(o);
                    }
                }
                CompletableFuture.allOf(obs.stream().map(o -> o.ready).toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
                clients.addAll(obs);
            }
            out.printf(Locale.ROOT, "setup: %d sessions, %d connections ready in %.1f s%s%n", sessions, clients.size(),
                    (System.nanoTime() - t0) / 1e9, handshakeRetries == 0 ? ""
                            : " (" + handshakeRetries + " WebSocket handshakes timed out or failed and were tried again)");
            if (credentialsOut != null) {
                writeCredentials(credentialsOut, clients.subList(0, sessions)); // the students, not their observers
                out.println("credentials: " + credentialsOut);
            }
            Random rnd = new Random(1);
            for (LoadClient c : clients) {
                c.startInputs((long) (rnd.nextDouble() * inputPeriodMillis * 1_000_000L));
            }
            out.flush();
            Thread.sleep(warmupSeconds * 1000L);
            httpGet(http + "/lateness"); // opens the server's lateness window
            stats.startWindow();
            long serverCpu0 = own == null ? -1 : own.cpuNanos();
            long selfCpu0 = selfCpuNanos();
            double load0 = loadAverage();
            long w0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            stats.measuring = false;
            String lateness = httpGet(http + "/lateness");
            double windowSeconds = (System.nanoTime() - w0) / 1e9;
            long serverCpu = own == null ? -1 : own.cpuNanos() - serverCpu0;
            long selfCpu = selfCpuNanos() - selfCpu0;
            double load1 = loadAverage();
            long frames = stats.framesIn.sum();
            long bytes = stats.bytesIn.sum();
            String rss = own == null ? null : own.memory();
            // Let the last inputs of the window be acknowledged, then stop.
            Thread.sleep(Math.max(3000, 2L * inputPeriodMillis));
            for (LoadClient c : clients) {
                c.stop().get(5, TimeUnit.SECONDS);
            }
            long gaps = 0;
            long stale = 0;
            for (LoadClient c : clients) {
                gaps += c.eventGaps();
                stale += c.staleDeltas();
            }
            String metrics = httpGet(http + "/metrics");
            Histogram ack = stats.ackHistogram();
            Histogram vis = stats.visibleHistogram();
            long sent = stats.sent.sum();
            long acked = stats.acked.sum();
            out.printf(Locale.ROOT, "sessions=%d connections=%d seconds=%.1f scene=%s input_period_ms=%d%n",
                    sessions, clients.size(), windowSeconds, scene, inputPeriodMillis);
            if (plc != null) {
                out.println("plc=" + plc.getFileName() + " (every session's soft PLC in RUN)");
            }
            out.printf(Locale.ROOT, "inputs_sent=%d inputs_acked=%d inputs_lost=%d acks_later_than_period=%d  (lost: never acknowledged)%n",
                    sent, acked, sent - acked, stats.unacked.sum());
            out.printf(Locale.ROOT, "p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f  (input to ack)%n",
                    ms(ack, 50), ms(ack, 99), ms(ack, 99.9), ack.getMaxValue() / 1e6);
            out.printf(Locale.ROOT, "visible_p50_ms=%.3f visible_p99_ms=%.3f visible_p999_ms=%.3f not_visible_within_period=%d"
                    + "  (input to visible in the state stream; only inputs seen before the next one is sent)%n",
                    ms(vis, 50), ms(vis, 99), ms(vis, 99.9), stats.notVisible.sum());
            Matcher lm = Pattern.compile("p50_ms=(\\S+) p99_ms=(\\S+) p999_ms=(\\S+) max_ms=(\\S+) count=(\\d+)").matcher(lateness);
            if (lm.find()) {
                out.printf(Locale.ROOT, "lateness_p50_ms=%s lateness_p99_ms=%s lateness_p999_ms=%s lateness_max_ms=%s samples=%s"
                        + "  (every due step, skipped ones included)%n",
                        lm.group(1), lm.group(2), lm.group(3), lm.group(4), lm.group(5));
            }
            Matcher rm = Pattern.compile("run_p50_ms=(\\S+) run_p99_ms=(\\S+) run_p999_ms=(\\S+) run_max_ms=(\\S+) "
                    + "run_count=(\\d+)").matcher(lateness);
            if (rm.find()) {
                out.printf(Locale.ROOT, "lateness_run_p50_ms=%s lateness_run_p99_ms=%s lateness_run_p999_ms=%s "
                        + "lateness_run_max_ms=%s steps=%s  (steps that ran only, uncorrected)%n",
                        rm.group(1), rm.group(2), rm.group(3), rm.group(4), rm.group(5));
            }
            out.printf(Locale.ROOT, "skipped_steps_total=%s%n", metric(metrics, "simbase_skipped_steps_total"));
            out.printf(Locale.ROOT, "frames_per_s=%.0f bytes_per_s=%.0f%n", frames / windowSeconds, bytes / windowSeconds);
            out.printf(Locale.ROOT, "event_gaps=%d stale_deltas=%d errors=%d disconnects=%d merged_samples_total=%s slow_disconnects_total=%s%n",
                    gaps, stale, stats.errors.sum(), stats.disconnects.sum(), metric(metrics, "simbase_merged_samples_total"),
                    metric(metrics, "simbase_slow_disconnects_total"));
            if (rss != null) {
                out.println(rss);
            }
            out.printf(Locale.ROOT, "server_cpu_cores=%s loadgen_cpu_cores=%.2f machine_cores=%d loadavg_start=%.2f loadavg_end=%.2f%n",
                    serverCpu < 0 ? "?" : String.format(Locale.ROOT, "%.2f", serverCpu / 1e9 / windowSeconds),
                    selfCpu / 1e9 / windowSeconds, Runtime.getRuntime().availableProcessors(), load0, load1);
            if (slowLog != null) {
                Files.write(slowLog, stats.slow);
                out.println("slow_log=" + slowLog + " slow_acks=" + stats.slow.size());
            }
            out.flush();
            return 0;
        } finally {
            for (LoadClient c : clients) {
                c.close();
            }
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            if (own != null) {
                own.stop();
            }
        }
    }

    /** One line per student session: user, token, session id (tab-separated), written whole or not at all. */
    private static void writeCredentials(Path file, List<LoadClient> clients) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (LoadClient c : clients) {
            if (c.sessionId() != null && c.token() != null) {
                sb.append(c.userName()).append('\t').append(c.token()).append('\t').append(c.sessionId()).append('\n');
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Handshakes that timed out during setup and were tried again (setup thread only). */
    private int handshakeRetries;

    /**
     * A new client from {@code client}, connected; a WebSocket handshake that times out or fails
     * (10 s: a server or machine too busy to answer in time) is tried again with a new client, up
     * to {@value #HANDSHAKE_ATTEMPTS} times in all, and counted in the setup line.
     */
    private LoadClient connected(EventLoopGroup group, URI ws, io.netty.handler.ssl.SslContext tls,
                                 java.util.function.Supplier<LoadClient> client) throws Exception {
        for (int attempt = 1; ; attempt++) {
            LoadClient c = client.get();
            try {
                c.attach(SimClient.connect(group, ws, c, 4 << 20, connectTimeoutMillis, 0, tls));
                return c;
            } catch (java.util.concurrent.TimeoutException | java.io.IOException e) { // the handshake timed out or failed
                if (attempt == HANDSHAKE_ATTEMPTS) {
                    throw e;
                }
                handshakeRetries++;
            }
        }
    }

    private static final int HANDSHAKE_ATTEMPTS = 3;

    /** A slot for one more connection being set up; a server that stops answering ends the run with a reason. */
    private static void acquireSetupSlot(Semaphore inFlight, int readySoFar) throws InterruptedException {
        if (!inFlight.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("setup stalled: no client became ready for 60 s after " + readySoFar
                    + " connections (see the server's output above)");
        }
    }

    private static long selfCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    /** The 1-minute load average: other work on the machine skews every figure here. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
    }

    private static String metric(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A TLS context that trusts only the certificates in a PEM file. */
    private static javax.net.ssl.SSLContext sslTrusting(Path pem) throws Exception {
        java.security.KeyStore ks = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
        ks.load(null, null);
        int i = 0;
        try (var in = Files.newInputStream(pem)) {
            for (var cert : java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                ks.setCertificateEntry("trusted-" + i++, cert);
            }
        }
        if (i == 0) {
            throw new IllegalArgumentException("no certificate in " + pem);
        }
        var tmf = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        var ctx = javax.net.ssl.SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    static String httpGet(String url) throws IOException, InterruptedException {
        HttpClient c = httpClient;
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    /** The server as a child JVM on a free loopback port, with a fresh data folder. */
    static final class ServerProcess {
        static final String CLASS_CODE = "LOADGEN";
        final Process process;
        final int port;
        final Path data;
        volatile String instructorPassword;

        private ServerProcess(Process p, int port, Path data) {
            this.process = p;
            this.port = port;
            this.data = data;
        }

        static ServerProcess start(String heap, Integer simThreads, Integer ioThreads, String simPriority,
                                   double capacityLatenessMillis) throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path data = Files.createTempDirectory("simbase-load");
            // Extra JVM options for the server under test, e.g. GC logging: SIMBASE_LOAD_SERVER_OPTS="-Xlog:gc:file=gc.log";
            // naming a collector there (-XX:+UseZGC, ...) replaces the default G1 settings.
            String extra = System.getenv("SIMBASE_LOAD_SERVER_OPTS");
            boolean ownGc = extra != null && extra.matches(".*-XX:\\+Use\\w+GC.*");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-XX:+AlwaysPreTouch", "-Xms" + heap, "-cp", System.getProperty("java.class.path")));
            if (!ownGc) {
                cmd.addAll(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=5"));
            }
            if (extra != null && !extra.isBlank()) {
                cmd.addAll(List.of(extra.trim().split("\\s+")));
            }
            cmd.addAll(List.of("io.simbase.server.cli.Main", "serve", "--host", "127.0.0.1", "--port", String.valueOf(port),
                    "--data", data.toString(), "--class-code", CLASS_CODE, "--sim-priority", simPriority,
                    "--capacity-lateness-ms", String.valueOf(capacityLatenessMillis)));
            if (simThreads != null) {
                cmd.add("--sim-threads");
                cmd.add(String.valueOf(simThreads));
            }
            if (ioThreads != null) {
                cmd.add("--io-threads");
                cmd.add(String.valueOf(ioThreads));
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            ServerProcess sp = new ServerProcess(p, port, data);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    Pattern pw = Pattern.compile("^\\s*instructor\\s+password\\s+(\\S+)");
                    while ((line = r.readLine()) != null) {
                        Matcher m = pw.matcher(line);
                        if (m.find()) {
                            sp.instructorPassword = m.group(1);
                        } else if (!line.startsWith("  technician")) {
                            System.err.println("[server] " + line);
                        }
                    }
                } catch (IOException e) {
                    // process ended
                }
            }, "server-output");
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    httpGet("http://127.0.0.1:" + port + "/healthz");
                    return sp;
                } catch (IOException e) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        p.destroyForcibly();
                        throw new IOException("server did not start (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
                    }
                    Thread.sleep(100);
                }
            }
        }

        /** CPU time (user + system) the server process has used, from /proc (clock ticks of 10 ms). */
        long cpuNanos() {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** Resident and peak resident memory of the server process, from /proc. */
        String memory() {
            try {
                String status = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status"));
                return "server_rss_mb=" + kbToMb(status, "VmRSS") + " server_peak_rss_mb=" + kbToMb(status, "VmHWM");
            } catch (IOException e) {
                return "server_rss_mb=?";
            }
        }

        private static long kbToMb(String status, String key) {
            Matcher m = Pattern.compile(key + ":\\s+(\\d+) kB").matcher(status);
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
