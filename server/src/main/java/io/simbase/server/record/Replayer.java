package io.simbase.server.record;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.World;
import io.simbase.plc.CompileResult;
import io.simbase.server.plc.SessionPlc;

/**
 * Re-runs a recording headless: rebuilds the world from scene and seed, steps to each
 * record's step and applies it, exactly as the live session did between steps. Checkpoint
 * and end hashes are compared on the way. A recorded soft-PLC program is compiled again and
 * scans before every step from its download on ({@link SessionPlc}), as it did live.
 * Single-threaded; no clock.
 */
public final class Replayer {
    /** What a replay found. {@code hash} is the state hash after {@code step} steps. */
    public record Result(long step, long hash, int records, int checkpoints, boolean ended, boolean truncated) {
        public String hashHex() {
            return StateHasher.hex(hash);
        }
    }

    private Replayer() {
    }

    /**
     * Replays {@code rec} on {@code scene}.
     *
     * @throws RecordingException when a record does not apply or a hash differs (diverged)
     */
    public static Result replay(Recording rec, Scene scene, String fileName) {
        World world = scene.newWorld(rec.seed());
        SessionPlc plc = new SessionPlc(world);
        int checkpoints = 0;
        boolean ended = false;
        for (Recording.Entry e : rec.entries()) {
            if (e.step() < world.stepCount()) {
                throw new RecordingException(fileName, e.line(), "step " + e.step() + " is before the world's step " + world.stepCount());
            }
            if (plc.loaded()) { // the PLC scans before each step, as in the live session
                while (world.stepCount() < e.step()) {
                    plc.beforeStep();
                    world.step();
                }
            } else {
                world.step(e.step() - world.stepCount());
            }
            switch (e.kind()) {
                case INPUT -> check(fileName, e, world.setInput(e.tag(), e.value()));
                case FORCE -> check(fileName, e, world.force(e.tag(), e.value()));
                case UNFORCE -> check(fileName, e, world.unforce(e.tag()));
                case FAULT, CLEAR -> {
                    Outcome r = e.kind() == Recording.Kind.FAULT ? world.injectFault(e.target(), e.fault(), e.value())
                            : world.clearFault(e.target(), e.fault());
                    if (!r.isOk()) {
                        throw new RecordingException(fileName, e.line(), r.message());
                    }
                }
                case RESET -> {
                    world = scene.newWorld(e.seed());
                    plc.rebind(world);
                }
                case PLC_LOAD -> {
                    CompileResult c = SessionPlc.compile(e.text(), e.target(), scene.layout());
                    if (!c.ok()) {
                        throw new RecordingException(fileName, e.line(), "recorded program does not compile: "
                                + c.errors().get(0));
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
                    ended = e.kind() == Recording.Kind.END;
                }
                default -> throw new IllegalStateException(e.kind().toString());
            }
            if (ended) {
                break;
            }
        }
        return new Result(world.stepCount(), world.stateHash(), rec.entries().size(), checkpoints, ended, rec.truncated());
    }

    private static void check(String fileName, Recording.Entry e, Outcome s) {
        if (!s.isOk()) {
            throw new RecordingException(fileName, e.line(), "input not applicable: " + s.message());
        }
    }
}
