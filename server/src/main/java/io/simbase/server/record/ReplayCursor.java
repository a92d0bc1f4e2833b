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
 * steps), with a recorded soft-PLC program scanning before every step from its download on.
 * The state after {@code seek(p)} is the session's after {@code p} steps with every record up to
 * {@code p} applied. Hash checkpoints are compared on the way.
 *
 * <p>Keyframes: the first time the cursor passes a multiple of {@link #keyframeInterval()} it
 * keeps a {@link Keyframe} (the world's snapshot, the soft PLC's, the record index, the active
 * faults). A seek starts from the nearest keyframe at or before its target when that is behind
 * the cursor (seeking back) or ahead of it, and steps from there: a seek costs at most one
 * interval of steps plus a restore, whatever the recording's length. At most
 * {@link #MAX_KEYFRAMES}; a longer recording gets a longer interval.
 *
 * <p>Not thread-safe: one thread at a time; no clock. Allocation: a keyframe (world snapshot
 * bytes, PLC memory copy) the first time each interval is passed; a restore allocates a world.
 */
public final class ReplayCursor {
    /** Sim time between keyframes unless the recording is so long that {@link #MAX_KEYFRAMES} would not cover it. */
    public static final long KEYFRAME_NANOS = 5_000_000_000L;
    /** Keyframes kept at most per cursor. */
    public static final int MAX_KEYFRAMES = 1024;

    /** Everything the cursor's position depends on, at a keyframe's timeline position (before its records apply). */
    private record Keyframe(long position, long offset, int next, int checkpoints, long seed, byte[] world,
            SessionPlc.Snapshot plc, List<String> faults) {
    }

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
    /** The seed the current world was built with (the recording's, or the last reset's). */
    private long seed;
    private final long keyframeInterval;
    /** Taken in position order. */
    private final java.util.ArrayList<Keyframe> keyframes = new java.util.ArrayList<>();

    /**
     * A cursor at position 0.
     *
     * @throws RecordingException when the records' steps go back
     */
    public ReplayCursor(Recording recording, Scene scene, String fileName) {
        this(recording, scene, fileName, 0);
    }

    /**
     * A cursor at position 0 with a keyframe every {@code keyframeSteps} steps ({@code 0}: every
     * {@link #KEYFRAME_NANOS} of sim time; either way no more than {@link #MAX_KEYFRAMES}).
     *
     * @throws RecordingException when the records' steps go back
     */
    public ReplayCursor(Recording recording, Scene scene, String fileName, long keyframeSteps) {
        this.recording = recording;
        this.scene = scene;
        this.fileName = fileName;
        this.timeline = ReplayTimeline.of(recording, fileName);
        rewind();
        long wanted = keyframeSteps > 0 ? keyframeSteps : Math.max(1, KEYFRAME_NANOS / world.stepNanos());
        this.keyframeInterval = Math.max(wanted, (timeline.end() + MAX_KEYFRAMES - 1) / MAX_KEYFRAMES);
    }

    /** Steps between keyframes. */
    public long keyframeInterval() {
        return keyframeInterval;
    }

    /** Keyframes kept so far. */
    public int keyframeCount() {
        return keyframes.size();
    }

    /** Bytes the keyframes hold (world snapshots and PLC memory). */
    public long keyframeBytes() {
        long n = 0;
        for (Keyframe k : keyframes) {
            n += k.world().length + k.plc().sizeBytes();
        }
        return n;
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
        Keyframe k = nearestKeyframe(to);
        if (k != null && (to < position() || k.position() > position())) {
            restore(k);
        } else if (to < position()) {
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

    /** The last keyframe at or before {@code position}; null when none. */
    private Keyframe nearestKeyframe(long position) {
        int lo = 0;
        int hi = keyframes.size() - 1;
        Keyframe best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Keyframe k = keyframes.get(mid);
            if (k.position() <= position) {
                best = k;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private void restore(Keyframe k) {
        world = scene.newWorld(k.seed());
        bindEvents();
        world.restore(k.world());
        plc = SessionPlc.restored(world, k.plc());
        seed = k.seed();
        offset = k.offset();
        next = k.next();
        checkpoints = k.checkpoints();
        faults.clear();
        faults.addAll(k.faults());
    }

    /** Keeps a keyframe here when this is the next multiple of the interval not yet kept. */
    private void keepKeyframe() {
        long p = position();
        long due = keyframes.isEmpty() ? keyframeInterval : keyframes.get(keyframes.size() - 1).position() + keyframeInterval;
        if (p >= due && p % keyframeInterval == 0) {
            keyframes.add(new Keyframe(p, offset, next, checkpoints, seed, world.snapshot(), plc.snapshot(),
                    List.copyOf(faults)));
        }
    }

    private void rewind() {
        world = scene.newWorld(recording.seed());
        seed = recording.seed();
        bindEvents();
        plc = new SessionPlc(world);
        offset = 0;
        next = 0;
        checkpoints = 0;
        faults.clear();
    }

    /** Steps to {@code target}, keeping the keyframes it passes (chunks end at each multiple of the interval). */
    private void stepTo(long target) {
        while (position() < target) {
            long p = position();
            long boundary = (p / keyframeInterval + 1) * keyframeInterval;
            long chunkEnd = Math.min(target, boundary);
            stepBy(chunkEnd - p);
            if (chunkEnd == boundary) {
                keepKeyframe();
            }
        }
    }

    private void stepBy(long steps) {
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
                seed = e.seed();
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
