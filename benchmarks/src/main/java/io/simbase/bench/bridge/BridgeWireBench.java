package io.simbase.bench.bridge;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.MasterPdu;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.rtu.RtuMaster;
import io.simbase.bridge.rtu.RtuSlave;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.rig.RealTimeRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The bridge on real ptys (socat) against real C peers on libmodbus, in one run:
 * <ol>
 * <li>slave turnaround: our RTU slave answering a C client that timestamps the reply's first
 *     byte, while a scene steps in real time beside it;</li>
 * <li>master throughput and latency: libmodbus's own master and ours, alternately, against the
 *     same libmodbus slave, same request;</li>
 * <li>the wire limit of the same transaction at 115200 baud;</li>
 * <li>slave throughput, side by side: libmodbus's own master against libmodbus's RTU slave,
 *     against ours (blocking wait on the port's descriptor) and against ours polling as before
 *     (mode {@code slaves}).</li>
 * </ol>
 * Run from the repository root (it builds the C peers from device-bridge/src/test/c):
 * {@code java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" io.simbase.bench.bridge.BridgeWireBench
 * [TRANSACTIONS [ROUNDS [MASTER_SPIN_MICROS [all|slave|master|slaves]]]]}
 */
public final class BridgeWireBench {
    private static final int REGISTERS = 10;
    private static int spinMicros;
    /** The slave's idle poll period ({@code -Dslave.pollMicros}); rig serve uses 50. */
    private static final long SLAVE_POLL_MICROS = Long.getLong("slave.pollMicros", 50);

    private BridgeWireBench() {
    }

    public static void main(String[] args) throws Exception {
        int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        spinMicros = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String only = args.length > 3 ? args[3] : "all";
        Path work = Files.createTempDirectory("simbase-bridge-bench");
        Path peers = Path.of("benchmarks", "target", "peers");
        Files.createDirectories(peers);
        for (String peer : List.of("modbus_slave", "modbus_master_bench", "rtu_turnaround")) {
            run(List.of("cc", "-O2", "-Wall", "-o", peers.resolve(peer).toString(),
                    Path.of("device-bridge", "src", "test", "c", peer + ".c").toString(),
                    "-I/usr/include/modbus", "-lmodbus"));
        }
        System.out.println("# bridge wire benchmark: " + transactions + " transactions per run, "
                + REGISTERS + " holding registers per read, " + Runtime.getRuntime().availableProcessors() + " cores,"
                + " slave poll " + SLAVE_POLL_MICROS + " us, master yield-poll " + spinMicros + " us");
        if (only.equals("all") || only.equals("slave")) {
            slaveTurnaround(work, peers, transactions);
        }
        if (only.equals("all") || only.equals("master")) {
            master(work, peers, transactions, rounds);
        }
        if (only.equals("all") || only.equals("slaves")) {
            slaves(work, peers, transactions, rounds);
        }
        wireLimit();
    }

    private static void slaveTurnaround(Path work, Path peers, int transactions) throws Exception {
        try (Pty pty = new Pty(work.resolve("slave"));
             RealTimeRunner world = new RealTimeRunner(Scenes.load("sorting-station").newWorld(), 1024).start()) {
            ArrayPlant plant = new ArrayPlant();
            CommHealth health = new CommHealth();
            LineSettings line = LineSettings.of8N1(pty.a, 115200);
            RtuSlave slave = new RtuSlave(JsscSerialLink.open(line), null, pty.a, 1,
                    new TagImage(plant, RegisterMap.defaults(plant.layout())), health,
                    TimeUnit.MILLISECONDS.toNanos(20), TimeUnit.MICROSECONDS.toNanos(SLAVE_POLL_MICROS),
                    TimeUnit.MILLISECONDS.toNanos(500)).start();
            try {
                String client = peers.resolve("rtu_turnaround").toAbsolutePath().toString();
                run(List.of(client, pty.b, "1", "3", "0", String.valueOf(REGISTERS), "2000")); // warm-up
                health.latencies(); // drop the warm-up
                Histogram before = health.latencies();
                String out = run(List.of(client, pty.b, "1", "3", "0", String.valueOf(REGISTERS),
                        String.valueOf(transactions)));
                Histogram inside = health.latencies();
                inside.subtract(before);
                System.out.println("slave_turnaround_pty (C client, write to first reply byte): " + out.strip());
                System.out.printf(Locale.ROOT, "slave_turnaround_inside (read return to write call): "
                                + "p50_us=%.1f p99_us=%.1f p999_us=%.1f max_us=%.1f%n",
                        inside.getValueAtPercentile(50) / 1e3, inside.getValueAtPercentile(99) / 1e3,
                        inside.getValueAtPercentile(99.9) / 1e3, inside.getMaxValue() / 1e3);
                System.out.println("  (world sorting-station stepping meanwhile: steps=" + world.steps()
                        + " skipped_deadlines=" + world.skippedDeadlines() + ")");
            } finally {
                slave.close();
            }
        }
    }

    private static void master(Path work, Path peers, int transactions, int rounds) throws Exception {
        try (Pty pty = new Pty(work.resolve("master"))) {
            Process slave = new ProcessBuilder(peers.resolve("modbus_slave").toAbsolutePath().toString(), pty.b, "1")
                    .redirectErrorStream(true).start();
            try {
                String ready = new String(slave.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
                if (!ready.startsWith("ready")) {
                    throw new IllegalStateException("modbus_slave did not start: " + ready);
                }
                String cMaster = peers.resolve("modbus_master_bench").toAbsolutePath().toString();
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    String c = run(List.of(cMaster, pty.a, "1", String.valueOf(REGISTERS), String.valueOf(transactions)));
                    String ours = javaMaster(pty.a, transactions, r == 0);
                    System.out.println("master_libmodbus round " + (r + 1) + ": " + c.strip());
                    System.out.println("master_simbase   round " + (r + 1) + ": " + ours);
                    ratios[r] = field(ours, "tps") / field(c, "tps");
                }
                Arrays.sort(ratios);
                System.out.printf(Locale.ROOT, "master_tps_ratio (simbase / libmodbus) median=%.2f min=%.2f max=%.2f%n",
                        ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
            } finally {
                slave.destroy();
                slave.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The same libmodbus master (one C program, same request) against three RTU slaves on fresh
     * pty pairs, round after round: libmodbus's, ours blocking in poll(2), ours parking and polling.
     */
    private static void slaves(Path work, Path peers, int transactions, int rounds) throws Exception {
        String cMaster = peers.resolve("modbus_master_bench").toAbsolutePath().toString();
        List<String> kinds = List.of("libmodbus", "simbase", "simbase_polling");
        double[][] tps = new double[kinds.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < kinds.size(); k++) {
                String kind = kinds.get(k);
                try (Pty pty = new Pty(work.resolve("slaves-" + r + "-" + k))) {
                    String out;
                    if (kind.equals("libmodbus")) {
                        Process slave = new ProcessBuilder(peers.resolve("modbus_slave").toAbsolutePath().toString(),
                                pty.b, "1").redirectErrorStream(true).start();
                        try {
                            String ready = new String(slave.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
                            if (!ready.startsWith("ready")) {
                                throw new IllegalStateException("modbus_slave did not start: " + ready);
                            }
                            run(List.of(cMaster, pty.a, "1", String.valueOf(REGISTERS), "2000")); // warm-up
                            out = run(List.of(cMaster, pty.a, "1", String.valueOf(REGISTERS), String.valueOf(transactions)));
                        } finally {
                            slave.destroy();
                            slave.waitFor(5, TimeUnit.SECONDS);
                        }
                    } else {
                        ArrayPlant plant = new ArrayPlant();
                        JsscSerialLink link = JsscSerialLink.open(LineSettings.of8N1(pty.b, 115200), kind.equals("simbase"));
                        RtuSlave slave = new RtuSlave(link, null, pty.b, 1,
                                new TagImage(plant, RegisterMap.defaults(plant.layout())), new CommHealth(),
                                TimeUnit.MILLISECONDS.toNanos(20), TimeUnit.MICROSECONDS.toNanos(SLAVE_POLL_MICROS),
                                TimeUnit.MILLISECONDS.toNanos(500)).start();
                        try {
                            run(List.of(cMaster, pty.a, "1", String.valueOf(REGISTERS), "2000")); // warm-up
                            out = run(List.of(cMaster, pty.a, "1", String.valueOf(REGISTERS), String.valueOf(transactions)));
                        } finally {
                            slave.close();
                        }
                    }
                    tps[k][r] = field(out, "tps");
                    System.out.printf(Locale.ROOT, "slave_%-16s round %d (libmodbus master): %s%n", kind, r + 1, out.strip());
                }
            }
        }
        for (int k = 1; k < kinds.size(); k++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = tps[k][r] / tps[0][r];
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "slave_tps_ratio (%s / libmodbus) median=%.2f min=%.2f max=%.2f%n",
                    kinds.get(k), ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
        }
    }

    private static String javaMaster(String device, int transactions, boolean warmUp) throws IOException {
        try (JsscSerialLink link = JsscSerialLink.open(LineSettings.of8N1(device, 115200))) {
            CommHealth health = new CommHealth();
            RtuMaster master = new RtuMaster(link, health, TimeUnit.SECONDS.toNanos(1), TimeUnit.MILLISECONDS.toNanos(20),
                    0, TimeUnit.MICROSECONDS.toNanos(50), TimeUnit.MICROSECONDS.toNanos(spinMicros));
            byte[] pdu = new byte[Fc.MAX_PDU];
            byte[] reply = new byte[Fc.MAX_PDU];
            int[] words = new int[REGISTERS];
            int len = MasterPdu.read(pdu, ModbusTable.HOLDING_REGISTER, 0, REGISTERS);
            for (int i = 0; warmUp && i < 5000; i++) {
                master.transact(1, pdu, len, reply);
            }
            Histogram h = new Histogram(3);
            int errors = 0;
            long start = System.nanoTime();
            for (int i = 0; i < transactions; i++) {
                long t0 = System.nanoTime();
                try {
                    int n = master.transact(1, pdu, len, reply);
                    if (MasterPdu.isException(reply) || !MasterPdu.decodeRead(reply, n, ModbusTable.HOLDING_REGISTER,
                            REGISTERS, words)) {
                        errors++;
                        continue;
                    }
                } catch (IOException e) {
                    errors++;
                    continue;
                }
                h.recordValue(System.nanoTime() - t0);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return String.format(Locale.ROOT, "transactions=%d tps=%.0f p50_us=%.1f p99_us=%.1f max_us=%.1f errors=%d",
                    h.getTotalCount(), h.getTotalCount() / seconds, h.getValueAtPercentile(50) / 1e3,
                    h.getValueAtPercentile(99) / 1e3, h.getMaxValue() / 1e3, errors);
        }
    }

    private static void wireLimit() {
        int request = 8;
        int reply = 5 + 2 * REGISTERS;
        double bitNanos = 1e9 / 115200;
        double frames = (request + reply) * 11 * bitNanos;
        double gaps = 2 * 3.5 * 11 * bitNanos;
        System.out.printf(Locale.ROOT, "wire_limit_115200 (read %d registers: %d + %d bytes, 11 bits each, "
                        + "two 3.5-character gaps): %.2f ms per transaction = %.0f tps, before any device turnaround%n",
                REGISTERS, request, reply, (frames + gaps) / 1e6, 1e9 / (frames + gaps));
    }

    private static double field(String line, String key) {
        for (String kv : line.trim().split("\\s+")) {
            if (kv.startsWith(key + "=")) {
                return Double.parseDouble(kv.substring(key.length() + 1));
            }
        }
        throw new IllegalStateException("no " + key + " in: " + line);
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    /** A socat pty pair with links {@code a} and {@code b} in a directory. */
    private static final class Pty implements AutoCloseable {
        final String a;
        final String b;
        private final Process socat;

        Pty(Path dir) throws IOException, InterruptedException {
            Files.createDirectories(dir);
            a = dir.resolve("a").toString();
            b = dir.resolve("b").toString();
            List<String> cmd = new ArrayList<>(List.of("socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b));
            socat = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!(Files.exists(Path.of(a)) && Files.exists(Path.of(b)))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("socat made no ptys");
                }
                Thread.sleep(5);
            }
        }

        @Override
        public void close() {
            socat.destroy();
        }
    }
}
