package io.simbase.bridge.master;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.map.Mapping;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.WireImage;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.MasterPdu;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.modbus.ModbusTimeoutException;
import io.simbase.bridge.modbus.Transactor;
import io.simbase.bridge.plant.PlantIo;
import io.simbase.bridge.time.Deadline;
import io.simbase.engine.io.Direction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/**
 * A rig in master role: real devices (on a serial line or over TCP) become part of the plant.
 * Every poll period (absolute deadlines, no catch-up burst) it reads the device registers mapped to
 * sensor tags, in as few transactions as contiguous addresses allow, and submits changed
 * values to the plant (as the sensors' electrical state, see
 * {@link io.simbase.bridge.plant.WireWrite}); then it writes actuator tags whose value changed since the last good
 * write (all of them after a reconnect). A timed-out or refused transaction is counted and the
 * cycle goes on; when the port or connection fails the poller marks the link offline and
 * reopens it every {@code reopenNanos}. Every word read or written is recorded in its
 * {@link WireImage}.
 */
public final class MasterPoller implements AutoCloseable {
    /** Opens the transport (a serial port and an RTU master, or a TCP connection) on the poller's thread. */
    public interface Connector {
        /** A connected transactor; {@code close} releases its port or socket. */
        Connection open() throws IOException;
    }

    /** An open transport. */
    public interface Connection extends Transactor, AutoCloseable {
        @Override
        void close();
    }

    /** A contiguous run of read mappings served by one transaction. */
    private record Block(ModbusTable table, int address, int count, Mapping[] mappings) {
    }

    private final Connector connector;
    private final int unit;
    private final RegisterMap map;
    private final PlantIo plant;
    private final CommHealth health;
    private final long pollNanos;
    private final long reopenNanos;
    private final List<Block> reads;
    private final Mapping[] writes;
    private final double[] lastWritten;
    private final boolean[] written;
    private final double[] lastRead;
    private final boolean[] readOnce;
    private final double[] plantValues;
    private final byte[] pdu = new byte[Fc.MAX_PDU];
    private final byte[] reply = new byte[Fc.MAX_PDU];
    private final int[] words = new int[2000];
    private final WireImage wire;
    private final Deadline deadline;
    private final Thread thread;
    private final BooleanSupplier isRunning = () -> this.running;
    private volatile boolean running = true;
    private volatile long cycles;
    private Connection link;

    public MasterPoller(Connector connector, String name, int unit, RegisterMap map, PlantIo plant, CommHealth health,
                        long pollNanos, long reopenNanos) {
        this(connector, name, unit, map, plant, health, pollNanos, reopenNanos, new WireImage(map));
    }

    /** As above, recording the words on the wire into {@code wire} (a {@link WireImage} of {@code map}). */
    public MasterPoller(Connector connector, String name, int unit, RegisterMap map, PlantIo plant, CommHealth health,
                        long pollNanos, long reopenNanos, WireImage wire) {
        this.wire = wire;
        this.deadline = new Deadline(pollNanos, System.nanoTime());
        this.connector = connector;
        this.unit = unit;
        this.map = map;
        this.plant = plant;
        this.health = health;
        this.pollNanos = pollNanos;
        this.reopenNanos = reopenNanos;
        this.reads = blocks(map);
        this.writes = map.mappings().stream()
                .filter(m -> m.tag().direction() == Direction.ACTUATOR && m.table().isWritable())
                .toArray(Mapping[]::new);
        this.lastWritten = new double[writes.length];
        this.written = new boolean[writes.length];
        int tags = plant.layout().size();
        this.lastRead = new double[tags];
        this.readOnce = new boolean[tags];
        this.plantValues = new double[tags];
        this.thread = new Thread(this::run, "modbus-master " + name);
        this.thread.setDaemon(true);
        // Only effective with -XX:ThreadPriorityPolicy=1 as root (a lower nice value for the
        // I/O thread, so that a busy machine delays replies less); harmless otherwise.
        this.thread.setPriority(Thread.MAX_PRIORITY);
    }

    /** Groups sensor mappings by table into contiguous runs within Modbus quantity limits. */
    private static List<Block> blocks(RegisterMap map) {
        List<Mapping> sensors = new ArrayList<>(map.mappings().stream()
                .filter(m -> m.tag().direction() == Direction.SENSOR).toList());
        sensors.sort(Comparator.comparing(Mapping::table).thenComparingInt(Mapping::address));
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < sensors.size()) {
            Mapping first = sensors.get(i);
            int limit = first.table().isBit() ? 2000 : 125;
            int end = first.address() + first.width();
            int j = i + 1;
            while (j < sensors.size()) {
                Mapping m = sensors.get(j);
                int newEnd = Math.max(end, m.address() + m.width());
                if (m.table() != first.table() || m.address() > end || newEnd - first.address() > limit) {
                    break;
                }
                end = newEnd;
                j++;
            }
            out.add(new Block(first.table(), first.address(), end - first.address(),
                    sensors.subList(i, j).toArray(new Mapping[0])));
            i = j;
        }
        return List.copyOf(out);
    }

    public MasterPoller start() {
        thread.start();
        return this;
    }

    public CommHealth health() {
        return health;
    }

    /** The last words read from and written to the device. */
    public WireImage wire() {
        return wire;
    }

    /** Poll cycles that started more than a period late (the schedule restarted, no burst). */
    public long restarts() {
        return deadline.restarts();
    }

    /** Poll cycles completed (whatever their outcome). */
    public long cycles() {
        return cycles;
    }

    private void run() {
        deadline.restart(System.nanoTime());
        while (running) {
            if (link == null && !reopen()) {
                LockSupport.parkNanos(reopenNanos);
                deadline.restart(System.nanoTime());
                continue;
            }
            deadline.begin(System.nanoTime());
            try {
                cycle();
            } catch (IOException e) {
                health.lastError(e.getMessage());
                health.state(LinkState.OFFLINE);
                link.close();
                link = null;
                continue;
            }
            cycles++;
            deadline.awaitNext(isRunning);
        }
        if (link != null) {
            link.close();
        }
    }

    private boolean reopen() {
        try {
            link = connector.open();
            Arrays.fill(written, false);
            health.reconnected();
            return true;
        } catch (IOException e) {
            health.lastError(e.getMessage());
            health.state(LinkState.OFFLINE);
            return false;
        }
    }

    /** One poll: reads, then writes. Throws only when the port failed. */
    private void cycle() throws IOException {
        for (Block b : reads) {
            try {
                int len = link.transact(unit, pdu, MasterPdu.read(pdu, b.table(), b.address(), b.count()), reply);
                if (MasterPdu.isException(reply) || !MasterPdu.decodeRead(reply, len, b.table(), b.count(), words)) {
                    continue;
                }
            } catch (ModbusTimeoutException e) {
                health.lastError(e.getMessage());
                continue;
            }
            for (int i = 0; i < b.count(); i++) {
                wire.record(b.table(), b.address() + i, words[i]);
            }
            for (Mapping m : b.mappings()) {
                int w = m.address() - b.address();
                double v = m.fromRegisters(words[w], m.width() == 2 ? words[w + 1] : 0);
                int tag = m.tag().index();
                if (!readOnce[tag] || lastRead[tag] != v) {
                    if (plant.submit(tag, m.tag().coerce(v))) {
                        readOnce[tag] = true;
                        lastRead[tag] = v;
                    }
                }
            }
        }
        if (writes.length == 0) {
            return;
        }
        plant.readTags(plantValues);
        for (int i = 0; i < writes.length; i++) {
            Mapping m = writes[i];
            double v = plantValues[m.tag().index()];
            if (written[i] && lastWritten[i] == v) {
                continue;
            }
            int len;
            words[0] = m.table() == ModbusTable.COIL ? (v != 0 ? 1 : 0) : m.toRegister(v, 0);
            words[1] = m.width() == 2 ? m.toRegister(v, 1) : 0;
            if (m.table() == ModbusTable.COIL) {
                len = MasterPdu.writeCoil(pdu, m.address(), v != 0);
            } else if (m.width() == 2) {
                len = MasterPdu.writeRegisters(pdu, m.address(), words, 2);
            } else {
                len = MasterPdu.writeRegister(pdu, m.address(), words[0]);
            }
            try {
                link.transact(unit, pdu, len, reply);
                if (!MasterPdu.isException(reply)) {
                    written[i] = true;
                    lastWritten[i] = v;
                    for (int w = 0; w < m.width(); w++) {
                        wire.record(m.table(), m.address() + w, words[w]);
                    }
                }
            } catch (ModbusTimeoutException e) {
                health.lastError(e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
