package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.state.StateHasher;
import io.simbase.server.record.Recording;
import io.simbase.server.record.RecordingWriter;
import io.simbase.server.record.Replayer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PLC rewrites its outputs every scan: only the writes that change something are recorded. */
class RigWriteRecordingTest {
    @TempDir
    Path dir;

    @Test
    void unchangedRigWritesAreNeitherAppliedAgainNorRecorded() throws Exception {
        Scene scene = Scenes.load("conveyor-basics");
        Path file = dir.resolve("r.simrec");
        Session s = new Session("r", "C", "owner", scene, 1, 30, RecordingWriter.create(file, scene.id(), 1), 16,
                1 << 20, 10_000_000_000L);
        AtomicLong clock = new AtomicLong(0);
        SimThread t = new SimThread(0, clock::get);
        t.add(s);
        int belt = scene.layout().indexOf("belt_run");      // actuator: an input
        int start = scene.layout().indexOf("start_pb");     // panel button wired to a real device: forced to the wire's state
        int eye = scene.layout().indexOf("part_at_end");    // sensor: forced by a master rig
        for (int scan = 0; scan < 50; scan++) {              // 50 scans writing the same image
            s.plant().apply(belt, 1);
            s.plant().apply(start, scan < 25 ? 1 : 0);
            s.plant().apply(eye, 1);
            clock.addAndGet(5_000_000);
            t.doWork();
        }
        s.plant().apply(belt, 0);
        s.plant().apply(eye, 0);
        String liveHash = finalHash(s);
        Recording r = Recording.read(file);
        long inputs = r.entries().stream().filter(e -> e.kind() == Recording.Kind.INPUT).count();
        long forces = r.entries().stream().filter(e -> e.kind() == Recording.Kind.FORCE).count();
        assertEquals(2, inputs, "belt on, belt off: " + r.entries());
        assertEquals(4, forces, "start pressed, start released, eye forced on, then off: " + r.entries());
        assertEquals(liveHash, Replayer.replay(r, scene, "r.simrec").hashHex(), "the shorter recording replays to the live state");
    }

    private static String finalHash(Session s) {
        return StateHasher.hex(((CommandResult.Summary) s.close(null)).stateHash());
    }
}
