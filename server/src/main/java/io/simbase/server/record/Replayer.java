package io.simbase.server.record;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.world.World;

/**
 * Re-runs a recording headless to its end with a {@link ReplayCursor}: every record applied
 * where the live session applied it, checkpoint and end hashes compared on the way.
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
        ReplayCursor cursor = new ReplayCursor(rec, scene, fileName);
        cursor.seek(cursor.timeline().end());
        World world = cursor.world();
        return new Result(world.stepCount(), world.stateHash(), rec.entries().size(), cursor.checkpoints(),
                cursor.timeline().ended(), rec.truncated());
    }
}
