package io.simbase.opcua;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One thread that turns the {@link ChangePump}s of every plant one stepping thread runs (the
 * server's sim thread): the stepping thread {@link #wake}s it once per cycle that stepped
 * something, instead of one thread and one unpark per plant, so 500 sessions cost two pump
 * threads on a two-core server, not 500. Each turn walks the group's pumps; a pump whose plant
 * did not step finds nothing new and hands on nothing.
 *
 * <p>Thread-safety: {@link #wake} is allocation-free and never blocks (any thread); pumps are
 * added and removed from any thread (copy-on-write: sessions open and close rarely).
 */
public final class PumpGroup implements AutoCloseable {
    private final CopyOnWriteArrayList<ChangePump> pumps = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public PumpGroup(String name) {
        this.thread = new Thread(this::run, "opcua pumps " + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Stepping thread, after a cycle that stepped plants of this group. */
    public void wake() {
        LockSupport.unpark(thread);
    }

    void add(ChangePump pump) {
        pumps.add(pump);
    }

    void remove(ChangePump pump) {
        pumps.remove(pump);
    }

    /** Pumps in the group (live sessions with an OPC UA folder). */
    public int size() {
        return pumps.size();
    }

    private void run() {
        long idle = TimeUnit.MILLISECONDS.toNanos(ChangePump.IDLE_WAKE_MILLIS);
        while (running) {
            LockSupport.parkNanos(this, idle);
            for (ChangePump p : pumps) {
                try {
                    p.turn();
                } catch (RuntimeException e) {
                    // one plant's failure must not stop the others' updates
                    System.err.println("opcua: change pump: " + e);
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
