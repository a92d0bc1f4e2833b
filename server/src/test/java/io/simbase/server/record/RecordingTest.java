package io.simbase.server.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.world.World;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recordings written as a session would write them, replayed, cut and corrupted. */
class RecordingTest {
    @TempDir
    Path dir;

    /** Drives a world like a session does and records it; returns the final hash. */
    private long record(Scene scene, Path file) throws Exception {
        World w = scene.newWorld(5);
        try (RecordingWriter rec = RecordingWriter.create(file, scene.id(), 5)) {
            int belt = scene.layout().indexOf("belt_run");
            int eye = scene.layout().indexOf("at_pusher1");
            for (int s = 0; s < 1000; s++) {
                if (s == 10 || s == 600) {
                    w.setInput(belt, s == 10 ? 1 : 0);
                    rec.input(w.stepCount(), belt, s == 10 ? 1 : 0);
                }
                if (s == 300) {
                    w.force(eye, 1);
                    rec.force(w.stepCount(), eye, 1);
                    w.injectFault("part_in", FaultKind.STUCK_OFF, 0);
                    rec.fault(w.stepCount(), "part_in", "stuck_off", 0);
                }
                if (s == 500) {
                    rec.reset(w.stepCount());
                    w = scene.newWorld(5);
                }
                w.step();
                if (w.stepCount() % 200 == 0) {
                    rec.hash(w.stepCount(), w.stateHash());
                }
                if (s % 100 == 0) {
                    rec.flush();
                }
            }
            rec.end(w.stepCount(), w.stateHash());
        }
        return w.stateHash();
    }

    @Test
    void replayReachesTheRecordedHashThroughInputsForcesFaultsAndReset() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        Path f = dir.resolve("a.simrec");
        long live = record(scene, f);
        Replayer.Result r = Replayer.replay(Recording.read(f), scene, f.toString());
        assertTrue(r.ended());
        assertEquals(StateHasher.hex(live), r.hashHex());
        assertTrue(r.checkpoints() >= 3);
    }

    @Test
    void aRecordingCutMidRecordReplaysUpToItsLastWholeRecord() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        Path f = dir.resolve("b.simrec");
        record(scene, f);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int cut = text.lastIndexOf("end ") + 7; // inside the end record
        Path cutFile = dir.resolve("cut.simrec");
        Files.writeString(cutFile, text.substring(0, cut), StandardCharsets.UTF_8);
        Recording rec = Recording.read(cutFile);
        assertTrue(rec.truncated());
        Replayer.Result r = Replayer.replay(rec, scene, cutFile.toString());
        assertFalse(r.ended());
        assertTrue(r.checkpoints() >= 2, "the whole checkpoints before the cut still verify");
    }

    @Test
    void aTamperedRecordingIsReportedAsDivergedWithFileAndLine() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        Path f = dir.resolve("c.simrec");
        record(scene, f);
        String text = Files.readString(f, StandardCharsets.UTF_8).replaceFirst("(?m)^(in 10 [0-9]+) 1.0$", "$1 0.0");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        RecordingException e = assertThrows(RecordingException.class,
                () -> Replayer.replay(Recording.read(f), scene, f.toString()));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
    }

    @Test
    void aMalformedLineNamesFileAndLine() throws Exception {
        Path f = dir.resolve("d.simrec");
        Files.writeString(f, "#simbase-recording 1\nscene sorting-station\nseed 1\nin 5 x y\n", StandardCharsets.UTF_8);
        RecordingException e = assertThrows(RecordingException.class, () -> Recording.read(f));
        assertTrue(e.getMessage().startsWith(f + ":4:"), e.getMessage());
    }

    @Test
    void softPlcRecordsAreReadAndABrokenOneIsNamedByLine() throws Exception {
        Path file = dir.resolve("plc.simrec");
        String program = "PROGRAM p\n  belt_run := TRUE; (* a comment, with spaces *)\nEND_PROGRAM\n";
        try (RecordingWriter rec = RecordingWriter.create(file, "sorting-station", 5)) {
            rec.plcLoad(3, "my program.st", program);
            rec.plcRun(4);
            rec.plcStop(90);
        }
        Recording r = Recording.read(file);
        assertEquals(3, r.entries().size());
        Recording.Entry load = r.entries().get(0);
        assertEquals(Recording.Kind.PLC_LOAD, load.kind());
        assertEquals("my program.st", load.target());
        assertEquals(program, load.text());
        assertEquals(Recording.Kind.PLC_RUN, r.entries().get(1).kind());
        assertEquals(90, r.entries().get(2).step());
        Replayer.Result res = Replayer.replay(r, Scenes.load("sorting-station"), file.toString());
        assertEquals(90, res.step(), "replayed up to the stop");

        Path broken = dir.resolve("broken.simrec");
        Files.writeString(broken, Files.readString(file).replace("plc-load 3 ", "plc-load 3 !!"));
        RecordingException e = assertThrows(RecordingException.class, () -> Recording.read(broken));
        assertTrue(e.getMessage().contains(":4"), e.getMessage());

        Path runFirst = dir.resolve("run-first.simrec");
        Files.writeString(runFirst, "#simbase-recording 1\nscene sorting-station\nseed 5\nplc-run 2\n");
        RecordingException e2 = assertThrows(RecordingException.class,
                () -> Replayer.replay(Recording.read(runFirst), Scenes.load("sorting-station"), runFirst.toString()));
        assertTrue(e2.getMessage().contains("no program"), e2.getMessage());
    }
}
