package io.simbase.server;

import java.nio.file.Path;

/**
 * Everything a server needs, validated once by {@link Builder#build()} before any thread
 * starts. Immutable. Sizes in bytes, rates per second.
 */
public final class ServerConfig {
    public final String host;
    public final int port;
    public final Path dataDir;
    public final int simThreads;
    public final io.simbase.server.os.ThreadScheduling.Priority simPriority;
    public final int ioThreads;
    public final int maxSessions;
    /** Live sessions one student may have at once (staff are limited only by {@link #maxSessions}). */
    public final int maxSessionsPerStudent;
    public final int maxFrameBytes;
    public final int commandQueueCapacity;
    public final int writeLowWaterBytes;
    public final int writeHighWaterBytes;
    public final long backlogLimitBytes;
    /** A client not writable for this long is disconnected (it is not reading at all). */
    public final long stallLimitMillis;
    /** A session with no observer, no rig and no command for this long is closed; 0: never. */
    public final long idleCloseMinutes;
    /** New sessions are refused while recent p99 step lateness is above this, ms; 0: never. */
    public final double capacityLatenessMillis;
    public final double inputsPerSecond;
    public final int inputBurst;
    public final int passwordIterations;
    /** Wrong-password limits per account and address (docs/decisions/0120). */
    public final io.simbase.server.auth.SignInGuard.Limits signInLimits;
    public final String classCode;
    public final Path tlsCert;
    /** SO_SNDBUF of accepted sockets; 0 leaves the OS default (and its autotuning). */
    public final int socketSendBufferBytes;
    public final Path tlsKey;
    /** How long a bearer token stays valid after its issue (default 12 h). */
    public final java.time.Duration tokenTtl;
    /** Students' own PLCs: the port range and the networks allowed to connect. */
    public final io.simbase.server.rig.OwnPlcPolicy ownPlc;
    /** PostgreSQL JDBC URL of the results database; null: results in the data folder's file. */
    public final String resultsDb;

    private ServerConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.dataDir = b.dataDir;
        this.simThreads = b.simThreads;
        this.simPriority = b.simPriority;
        this.ioThreads = b.ioThreads;
        this.maxSessions = b.maxSessions;
        this.maxSessionsPerStudent = b.maxSessionsPerStudent;
        this.maxFrameBytes = b.maxFrameBytes;
        this.commandQueueCapacity = b.commandQueueCapacity;
        this.writeLowWaterBytes = b.writeLowWaterBytes;
        this.writeHighWaterBytes = b.writeHighWaterBytes;
        this.backlogLimitBytes = b.backlogLimitBytes;
        this.stallLimitMillis = b.stallLimitMillis;
        this.idleCloseMinutes = b.idleCloseMinutes;
        this.capacityLatenessMillis = b.capacityLatenessMillis;
        this.inputsPerSecond = b.inputsPerSecond;
        this.inputBurst = b.inputBurst;
        this.passwordIterations = b.passwordIterations;
        this.signInLimits = b.signInLimits;
        this.classCode = b.classCode;
        this.tlsCert = b.tlsCert;
        this.tlsKey = b.tlsKey;
        this.socketSendBufferBytes = b.socketSendBufferBytes;
        this.tokenTtl = b.tokenTtl;
        this.ownPlc = b.ownPlc;
        this.resultsDb = b.resultsDb;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: port 7070, data ./data, one sim thread per core, one network thread per two cores. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = 7070;
        private Path dataDir = Path.of("data");
        private int simThreads = Runtime.getRuntime().availableProcessors();
        private io.simbase.server.os.ThreadScheduling.Priority simPriority = io.simbase.server.os.ThreadScheduling.Priority.HIGH;
        /** Half the cores: the sim threads take one per core, and at 500 sessions on 2 cores one
         *  network loop kept up while a second one only competed with the sim threads for CPU. */
        private int ioThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        private int maxSessions = 5000;
        private int maxSessionsPerStudent = 4;
        private int maxFrameBytes = 64 * 1024;
        private int commandQueueCapacity = 256;
        private int writeLowWaterBytes = 256 * 1024;
        private int writeHighWaterBytes = 1024 * 1024;
        private long backlogLimitBytes = 8L * 1024 * 1024;
        private long stallLimitMillis = 10_000;
        private long idleCloseMinutes = 30;
        private double capacityLatenessMillis;
        private double inputsPerSecond = 200;
        private int inputBurst = 400;
        private int passwordIterations = io.simbase.server.auth.PasswordHasher.DEFAULT_ITERATIONS;
        private String classCode;
        private Path tlsCert;
        private Path tlsKey;
        private int socketSendBufferBytes;
        private java.time.Duration tokenTtl = io.simbase.server.auth.Tokens.DEFAULT_TTL;
        private String resultsDb;
        private long tokenHours = 12;
        private String plcPorts = io.simbase.server.rig.OwnPlcPolicy.DEFAULT_PORTS;
        private java.util.List<String> plcAllow = java.util.List.of();
        private io.simbase.server.rig.OwnPlcPolicy ownPlc;
        private io.simbase.server.auth.SignInGuard.Limits signInLimits = io.simbase.server.auth.SignInGuard.Limits.DEFAULTS;

        /** Wrong-password limits per account and address (default {@code SignInGuard.Limits.DEFAULTS}). */
        public Builder signInLimits(io.simbase.server.auth.SignInGuard.Limits v) { signInLimits = java.util.Objects.requireNonNull(v); return this; }

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder dataDir(Path v) { dataDir = v; return this; }
        public Builder simThreads(int v) { simThreads = v; return this; }
        public Builder simPriority(io.simbase.server.os.ThreadScheduling.Priority v) { simPriority = java.util.Objects.requireNonNull(v); return this; }
        public Builder ioThreads(int v) { ioThreads = v; return this; }
        public Builder maxSessions(int v) { maxSessions = v; return this; }
        public Builder maxSessionsPerStudent(int v) { maxSessionsPerStudent = v; return this; }
        public Builder maxFrameBytes(int v) { maxFrameBytes = v; return this; }
        public Builder commandQueueCapacity(int v) { commandQueueCapacity = v; return this; }
        public Builder writeWaterMarks(int low, int high) { writeLowWaterBytes = low; writeHighWaterBytes = high; return this; }
        public Builder backlogLimitBytes(long v) { backlogLimitBytes = v; return this; }
        public Builder stallLimitMillis(long v) { stallLimitMillis = v; return this; }
        public Builder idleCloseMinutes(long v) { idleCloseMinutes = v; return this; }
        public Builder capacityLatenessMillis(double v) { capacityLatenessMillis = v; return this; }
        public Builder inputRate(double perSecond, int burst) { inputsPerSecond = perSecond; inputBurst = burst; return this; }
        public Builder passwordIterations(int v) { passwordIterations = v; return this; }
        /** Opens a class with this join code at start (owned by the server). */
        public Builder classCode(String v) { classCode = v; return this; }
        public Builder tls(Path cert, Path key) { tlsCert = cert; tlsKey = key; return this; }
        public Builder socketSendBufferBytes(int v) { socketSendBufferBytes = v; return this; }
        /** Token lifetime in hours ({@code serve --token-hours}), 1-8760. */
        public Builder tokenHours(long v) { tokenHours = v; tokenTtl = v >= 1 && v <= 8760 ? java.time.Duration.ofHours(v) : null; return this; }
        /** Token lifetime, any positive length up to a year (for tests and embedding). */
        public Builder tokenTtl(java.time.Duration v) { tokenTtl = java.util.Objects.requireNonNull(v); tokenHours = v.toHours(); return this; }

        /** Own-PLC port range, {@code FIRST-LAST} ({@code serve --plc-ports}). */
        public Builder plcPorts(String v) { plcPorts = java.util.Objects.requireNonNull(v); return this; }
        /** Networks (CIDR) own PLCs may connect from; empty: any ({@code serve --plc-allow}). */
        public Builder plcAllow(java.util.List<String> v) { plcAllow = java.util.List.copyOf(v); return this; }

        /** @throws IllegalArgumentException naming the first bad setting */
        /** Keeps results in PostgreSQL at this JDBC URL (null: the data folder's file). */
        public Builder resultsDb(String jdbcUrl) { resultsDb = jdbcUrl; return this; }

        public ServerConfig build() {
            check(port >= 0 && port <= 65535, "port must be 0-65535, got " + port);
            check(dataDir != null, "data folder missing");
            check(simThreads >= 1 && simThreads <= 256, "sim threads must be 1-256, got " + simThreads);
            check(ioThreads >= 1 && ioThreads <= 256, "io threads must be 1-256, got " + ioThreads);
            check(maxSessions >= 1, "max sessions must be >= 1, got " + maxSessions);
            check(maxSessionsPerStudent >= 1, "max sessions per student must be >= 1, got " + maxSessionsPerStudent);
            check(maxFrameBytes >= 1024, "max frame must be >= 1024 bytes, got " + maxFrameBytes);
            check(commandQueueCapacity >= 1, "command queue must be >= 1, got " + commandQueueCapacity);
            check(writeLowWaterBytes > 0 && writeHighWaterBytes > writeLowWaterBytes,
                    "write water marks need 0 < low < high, got " + writeLowWaterBytes + ", " + writeHighWaterBytes);
            check(backlogLimitBytes > 0, "backlog limit must be > 0");
            check(stallLimitMillis > 0, "stall limit must be > 0 ms");
            check(capacityLatenessMillis >= 0 && capacityLatenessMillis <= 1000, "capacity lateness must be 0 (never refuse) to 1000 ms, got " + capacityLatenessMillis);
            check(idleCloseMinutes >= 0 && idleCloseMinutes <= 7 * 24 * 60, "idle close must be 0 (never) to 10080 minutes, got " + idleCloseMinutes);
            check(inputsPerSecond > 0 && inputBurst >= 1, "input rate must be > 0 and burst >= 1");
            check(socketSendBufferBytes >= 0, "socket send buffer must be >= 0");
            check(passwordIterations >= 1, "password iterations must be >= 1");
            check(tokenTtl != null, "token hours must be 1-8760 (one year), got " + tokenHours);
            check(!tokenTtl.isNegative() && !tokenTtl.isZero() && tokenTtl.compareTo(java.time.Duration.ofHours(8760)) <= 0,
                    "token lifetime must be > 0 and at most 8760 hours, got " + tokenTtl);
            check((tlsCert == null) == (tlsKey == null), "TLS needs both a certificate and a key file");
            ownPlc = io.simbase.server.rig.OwnPlcPolicy.parse(plcPorts, plcAllow);
            return new ServerConfig(this);
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
