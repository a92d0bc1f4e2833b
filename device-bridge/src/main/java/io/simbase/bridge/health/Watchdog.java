package io.simbase.bridge.health;

import io.simbase.bridge.map.Mapping;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.plant.PlantIo;
import io.simbase.engine.io.Direction;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The comm-loss watchdog of one slave rig: when no good transaction has been seen for
 * {@code silenceNanos}, the rig's actuator tags (coils and holding registers of its map) go to
 * the safe state and the listener hears of it once; the first good transaction afterwards
 * re-arms it and the listener hears that too. HOLD leaves the actuators as they are (the
 * listener still hears), ZERO submits each actuator's value nearest to 0.
 *
 * <p>Runs on its own daemon thread, checking four times per silence period (at most every
 * 50 ms); reads the link's {@link CommHealth} only.
 */
public final class Watchdog implements AutoCloseable {
    /** What happens on comm loss. */
    public enum SafeState { HOLD, ZERO }

    /** Hears comm loss and recovery (on the watchdog thread). */
    public interface Listener {
        void commLost(long silentNanos);

        void commRestored();
    }

    private final CommHealth health;
    private final PlantIo plant;
    private final List<Mapping> actuators;
    private final SafeState safeState;
    private final long silenceNanos;
    private final Listener listener;
    private final Thread thread;
    private final long armedNanos = System.nanoTime();
    private volatile boolean running = true;
    private volatile boolean tripped;

    public Watchdog(CommHealth health, PlantIo plant, RegisterMap map, SafeState safeState, long silenceNanos,
                    Listener listener, String name) {
        if (silenceNanos <= 0) {
            throw new IllegalArgumentException("watchdog silence must be positive");
        }
        this.health = health;
        this.plant = plant;
        this.actuators = map.mappings().stream()
                .filter(m -> m.table().isWritable() && m.tag().direction() == Direction.ACTUATOR)
                .toList();
        this.safeState = safeState;
        this.silenceNanos = silenceNanos;
        this.listener = listener;
        this.thread = new Thread(this::run, "watchdog " + name);
        this.thread.setDaemon(true);
    }

    public Watchdog start() {
        thread.start();
        return this;
    }

    /** True while the rig is considered lost. */
    public boolean tripped() {
        return tripped;
    }

    private void run() {
        long period = Math.min(silenceNanos / 4, TimeUnit.MILLISECONDS.toNanos(50));
        while (running) {
            LockSupport.parkNanos(Math.max(period, TimeUnit.MILLISECONDS.toNanos(1)));
            long now = System.nanoTime();
            long last = health.lastGoodNanos();
            long since = now - (last == 0 ? armedNanos : Math.max(last, armedNanos));
            if (!tripped && since > silenceNanos) {
                tripped = true;
                if (safeState == SafeState.ZERO) {
                    for (Mapping m : actuators) {
                        plant.submit(m.tag().index(), m.tag().coerce(0));
                    }
                }
                listener.commLost(since);
            } else if (tripped && since <= silenceNanos) {
                tripped = false;
                listener.commRestored();
            }
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
    }
}
