package io.simbase.server.record;

import io.simbase.engine.core.EventSink;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.World;
import io.simbase.plc.CompileResult;
import io.simbase.server.plc.SessionPlc;
import java.util.List;
import java.util.TreeSet;

/**
 * A recording being replayed, positioned anywhere on its {@link ReplayTimeline}: {@link #seek}
 * steps the world forward, applying each record where the live session applied it (between
 * steps), with a recorded soft-PLC program scanning before every step from its download on;
 * seeking back rebuilds the world from scene and seed and steps forward again (the PLC's memory
 * is not in a world snapshot, so there is no shortcut that stays exact). The state after
 * {@code seek(p)} is the session's after {@code p} steps with every record up to {@code p}
 * applied. Hash checkpoints are compared on the way. Not thread-safe: one thread at a time; no clock.
 */
public final class ReplayCursor {
    private final Recording recording;
    private final Scene scene;
    private final String fileName;
    private final ReplayTimeline timeline;
    private World world;
    private SessionPlc plc;
    private long offset;
    private int next;
    private int checkpoints;
    private final TreeSet<String> faults = new TreeSet<>();
    private EventSink events = EventSink.NONE;

    /**
     * A cursor at position 0.
     *
     * @throws RecordingException when the records' steps go back
     */
    public ReplayCursor(Recording recording, Scene scene, String fileName) {
        this.recording = recording;
        this.scene = scene;
        this.fileName = fileName;
        this.timeline = ReplayTimeline.of(recording, fileName);
        rewind();
    }

    public Recording recording() {
        return recording;
    }

    public Scene scene() {
        return scene;
    }

    public ReplayTimeline timeline() {
        return timeline;
    }

    /** The world as it is at {@link #position()}; valid until the next seek (a reset or a rewind replaces it). */
    public World world() {
        return world;
    }

    /** Steps since the recording began, across resets. */
    public long position() {
        return offset + world.stepCount();
    }

    /** Hash checkpoints compared so far (since the last rewind). */
    public int checkpoints() {
        return checkpoints;
    }

    /**
     * Reports the worlds' events from now on to {@code sink}, each with its timeline position in
     * place of the world's own step ({@link EventSink#NONE}: none).
     */
    public void listen(EventSink sink) {
        events = sink == null ? EventSink.NONE : sink;
        bindEvents();
    }

    private void bindEvents() {
        world.setEventSink(events == EventSink.NONE ? EventSink.NONE
                : (step, kind, subject, value) -> events.onEvent(offset + step, kind, subject, value));
    }

    /** The recorded faults active at {@link #position()}, as "target:kind", sorted. */
    public List<String> activeFaults() {
        return List.copyOf(faults);
    }

    /** True when every record has been applied. */
    public boolean atEnd() {
        return next == recording.entries().size();
    }

    /**
     * Moves to {@code target}, clamped to the timeline's end.
     *
     * @throws RecordingException when a record does not apply or a checkpoint's hash differs
     */
    public void seek(long target) {
        long to = Math.max(0, Math.min(target, timeline.end()));
        if (to < position()) {
            rewind();
        }
        var entries = recording.entries();
        while (next < entries.size() && timeline.entryPosition(next) <= to) {
            stepTo(timeline.entryPosition(next));
            apply(entries.get(next));
            next++;
            if (entries.get(next - 1).kind() == Recording.Kind.END) {
                return;
            }
        }
        stepTo(to);
    }

    private void rewind() {
        world = scene.newWorld(recording.seed());
        bindEvents();
        plc = new SessionPlc(world);
        offset = 0;
        next = 0;
        checkpoints = 0;
        faults.clear();
    }

    private void stepTo(long target) {
        long steps = target - position();
        if (!plc.loaded()) {
            world.step(steps);
            return;
        }
        for (long i = 0; i < steps; i++) {
            plc.beforeStep();
            world.step();
        }
    }

    private void apply(Recording.Entry e) {
        switch (e.kind()) {
            case INPUT -> check(e, world.setInput(e.tag(), e.value()));
            case FORCE -> check(e, world.force(e.tag(), e.value()));
            case UNFORCE -> check(e, world.unforce(e.tag()));
            case FAULT -> {
                check(e, world.injectFault(e.target(), e.fault(), e.value()));
                faults.add(e.target() + ":" + e.fault());
            }
            case CLEAR -> {
                check(e, world.clearFault(e.target(), e.fault()));
                faults.remove(e.target() + ":" + e.fault());
            }
            case PART -> check(e, world.queuePart(e.target(), e.text()));
            case RESET -> {
                faults.clear();
                offset = position();
                world = scene.newWorld(e.seed());
                bindEvents();
                plc.rebind(world);
            }
            case PLC_LOAD -> {
                CompileResult c = SessionPlc.compile(e.text(), e.target(), scene.layout());
                if (!c.ok()) {
                    throw new RecordingException(fileName, e.line(), "recorded program does not compile: " + c.errors().get(0));
                }
                plc.load(c.program(), e.text(), e.target());
            }
            case PLC_RUN, PLC_STOP -> {
                if (!(e.kind() == Recording.Kind.PLC_RUN ? plc.run() : plc.stop())) {
                    throw new RecordingException(fileName, e.line(), "no program downloaded before this record");
                }
            }
            case HASH, END -> {
                String got = StateHasher.hex(world.stateHash());
                if (!got.equals(e.hash())) {
                    throw new RecordingException(fileName, e.line(), "replay diverged at step " + e.step()
                            + ": recorded hash " + e.hash() + ", replay " + got);
                }
                checkpoints++;
            }
            default -> throw new IllegalStateException(e.kind().toString());
        }
    }

    private void check(Recording.Entry e, Outcome o) {
        if (!o.isOk()) {
            throw new RecordingException(fileName, e.line(), (e.kind() == Recording.Kind.FAULT || e.kind() == Recording.Kind.CLEAR
                    || e.kind() == Recording.Kind.PART ? "" : "input not applicable: ") + o.message());
        }
    }
}
