package io.simbase.server.session;

import io.simbase.bridge.plant.InputQueue;
import io.simbase.bridge.plant.PlantIo;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.Direction;
import io.simbase.bridge.plant.WireWrite;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.PublishedState;
import io.simbase.engine.world.World;
import io.simbase.protocol.v1.EventKind;

/**
 * A live session as the device bridge sees it. Reads come from the world's published state
 * (lock-free, the latest finished step); writes go into a bounded, allocation-free
 * {@link InputQueue} that the session's sim thread drains between steps, next to its command
 * queue, applying and recording each write like a client's input ({@link #apply}). It also
 * carries the rig's watchdog events and the release of a master rig's forces into the session.
 *
 * <p>Any thread may call {@link #readTags} and {@link #submit}; a full queue refuses the write
 * (the Modbus slave answers device busy) and counts it.
 */
public final class SessionPlant implements PlantIo {
    /** Writes held between two drains: a PLC writing every tag every 10 ms fills a fraction. */
    static final int CAPACITY = 1024;

    private final Session session;
    private final InputQueue inputs = new InputQueue(CAPACITY);
    private final InputQueue.Sink apply;

    SessionPlant(Session session) {
        this.session = session;
        this.apply = this::apply;
    }

    @Override
    public IoLayout layout() {
        return session.scene().layout();
    }

    @Override
    public long readTags(double[] dest) {
        PublishedState p = session.published();
        return p.readTags(dest);
    }

    @Override
    public boolean submit(int tagIndex, double value) {
        if (!inputs.offer(tagIndex, value)) {
            return false;
        }
        session.wake();
        return true;
    }

    /** Writes refused because the queue was full. */
    public long rejected() {
        return inputs.rejected();
    }

    /** Sim thread: applies at most {@code max} queued writes. */
    int drain(int max) {
        return inputs.drain(apply, max);
    }

    boolean pending() {
        return inputs.size() > 0;
    }

    /**
     * A rig's watchdog tripped ({@code lost}) or re-armed: an event for observers and a
     * comment in the recording (it changes no state; the safe-state writes themselves come
     * through {@link #submit} and are recorded as inputs). Any thread; never dropped.
     */
    public void commChanged(String rigName, boolean lost, long silentMillis) {
        session.submitAlways(x -> {
            long step = x.world().stepCount();
            if (lost) {
                x.events().add(step, EventKind.RIG_COMM_LOST_VALUE, -1, silentMillis);
                x.recording().note(step, "rig " + rigName + " comm lost after " + silentMillis + " ms");
            } else {
                x.events().add(step, EventKind.RIG_COMM_RESTORED_VALUE, -1, 0);
                x.recording().note(step, "rig " + rigName + " comm restored");
            }
        });
    }

    /**
     * Releases the forces a master rig put on sensors it fed ({@code tags}: the rig's mapped
     * tags; writable ones were inputs, not forces, and are left alone). Recorded as unforces.
     * Any thread; never dropped.
     */
    public void releaseForces(int[] tags) {
        session.submitAlways(x -> {
            World w = x.world();
            long step = w.stepCount();
            for (int t : tags) {
                if (WireWrite.of(w.layout().tag(t)) == WireWrite.FORCE && w.io().isForced(t) && w.unforce(t).isOk()) {
                    x.recording().unforce(step, t);
                }
            }
        });
    }

    /**
     * Applies one rig write (sim thread, while draining) by the bridge's one rule
     * ({@link WireWrite}): an actuator takes it as the controller's command; a sensor fed by a
     * real device through a master rig, panel buttons included, is forced to the wire's
     * electrical state (so a released NC stop, 1 on the wire, reads as not pressed). Recorded like a client's input; a write the world refuses is dropped (the bridge
     * has already checked the range against the map). A write of the value the tag already
     * holds changes nothing and is skipped: a PLC rewrites its outputs every scan, and neither
     * the recording nor the observers' event log should grow with every scan.
     */
    void apply(int tag, double value) {
        World w = session.world();
        if (tag < 0 || tag >= w.layout().size()) {
            return;
        }
        boolean writable = WireWrite.of(w.layout().tag(tag)) == WireWrite.COMMAND;
        if (unchanged(w, tag, writable, value)) {
            return;
        }
        long step = w.stepCount();
        Outcome st = writable ? w.setInput(tag, value) : w.force(tag, value);
        if (!st.isOk()) {
            return;
        }
        if (writable) {
            session.recording().input(step, tag, value);
        } else {
            session.recording().force(step, tag, value);
        }
        session.inputApplied();
    }

    /** True when writing {@code value} to {@code tag} would leave the world's inputs as they are. */
    private static boolean unchanged(World w, int tag, boolean writable, double value) {
        if (!writable) {
            return w.io().isForced(tag) && w.io().forceValue(tag) == value;
        }
        double current = w.layout().tag(tag).direction() == Direction.ACTUATOR ? w.io().raw(tag) : w.operatorValue(tag);
        return current == value;
    }
}
