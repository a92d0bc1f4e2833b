package io.simbase.server.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.core.EventSink;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import io.simbase.plc.CompileResult;
import io.simbase.server.plc.SessionPlc;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cursor on a recording made as a session makes it (the soft PLC scanning before each step, a
 * reset half way): every position, reached forward, after seeking back, or straight from a new
 * cursor, is the same state; the timeline counts steps across the reset; graded runs are found
 * by their notes.
 */
class ReplayCursorTest {
    private static final long SEED = 3;
    private static final long RESET_AT = 8000;
    private static final long AFTER_RESET = 6000;
    @TempDir
    static Path dir;
    private static Scene scene;
    private static Path file;
    /** The live run's state hash at every 500th timeline position. */
    private static final java.util.Map<Long, Long> LIVE = new java.util.HashMap<>();
    /** The timeline positions of the live run's new parts. */
    private static final List<Long> LIVE_PARTS = new java.util.ArrayList<>();

    @BeforeAll
    static void record() throws Exception {
        scene = Scenes.load("conveyor-basics");
        String program;
        try (InputStream in = ReplayCursorTest.class.getClassLoader().getResourceAsStream("simbase/programs/conveyor-basics.st")) {
            program = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CompileResult c = SessionPlc.compile(program, "conveyor.st", scene.layout());
        assertTrue(c.ok(), String.valueOf(c.errors()));
        int start = scene.layout().indexOf("start_pb");
        file = dir.resolve("plc.simrec");
        World w = scene.newWorld(SEED);
        long[] base = {0};
        EventSink parts = (step, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                LIVE_PARTS.add(base[0] + step);
            }
        };
        w.setEventSink(parts);
        SessionPlc plc = new SessionPlc(w);
        try (RecordingWriter rec = RecordingWriter.create(file, scene.id(), SEED)) {
            rec.owner("C1", "ada", 1);
            plc.load(c.program(), program, "conveyor.st");
            rec.plcLoad(0, "conveyor.st", program);
            plc.run();
            rec.plcRun(0);
            long offset = 0;
            while (offset + w.stepCount() < RESET_AT + AFTER_RESET) {
                long local = w.stepCount();
                long p = offset + local;
                if (offset == 0 && p == RESET_AT) { // as Session.resetForGradedRun: a note, the reset, the PLC rebound
                    rec.note(local, "graded run conveyor-basics scenario again");
                    rec.reset(local, SEED);
                    w = scene.newWorld(SEED);
                    w.setEventSink(parts);
                    base[0] = RESET_AT;
                    plc.rebind(w);
                    offset = RESET_AT;
                    continue;
                }
                boolean press = offset == 0 ? local == 100 : local == 50;
                boolean release = offset == 0 ? local == 120 : local == 70;
                if (press || release) {
                    w.setInput(start, press ? 1 : 0);
                    rec.input(local, start, press ? 1 : 0);
                }
                if (p % 500 == 0) {
                    LIVE.put(p, w.stateHash());
                }
                plc.beforeStep();
                w.step();
                if (w.stepCount() % 1000 == 0) {
                    rec.hash(w.stepCount(), w.stateHash());
                }
            }
            rec.note(w.stepCount(), "graded run ended");
            rec.end(w.stepCount(), w.stateHash());
        }
    }

    @Test
    void everyPositionIsTheLiveStateForwardBackAndFromANewCursor() throws Exception {
        ReplayCursor cursor = new ReplayCursor(Recording.read(file), scene, "plc.simrec");
        assertEquals(RESET_AT + AFTER_RESET, cursor.timeline().end(), "steps before and after the reset");
        cursor.seek(cursor.timeline().end());
        assertTrue(cursor.atEnd());
        assertTrue(cursor.checkpoints() >= 13, "every checkpoint matched on the way: " + cursor.checkpoints());
        for (long p : new long[] {7500, 500, 12000, 3000, 8500, 8000, 13500, 1000}) {
            cursor.seek(p);
            assertEquals(p, cursor.position());
            assertEquals(LIVE.get(p), cursor.world().stateHash(), "position " + p + " after a seek from elsewhere");
            ReplayCursor fresh = new ReplayCursor(Recording.read(file), scene, "plc.simrec");
            fresh.seek(p);
            assertEquals(LIVE.get(p), fresh.world().stateHash(), "position " + p + " from a new cursor");
        }
        cursor.seek(7500);
        assertTrue(cursor.world().io().get(scene.layout().indexOf("belt_run")) >= 0);
    }

    @Test
    void seeksFromKeyframesLandOnTheLiveStateWithThePlcInTheLoop() throws Exception {
        for (long interval : new long[] {1000, 333}) { // 1000: a keyframe exactly at the reset; 333: mid-everything
            ReplayCursor cursor = new ReplayCursor(Recording.read(file), scene, "plc.simrec", interval);
            assertEquals(interval, cursor.keyframeInterval());
            cursor.seek(cursor.timeline().end());
            assertEquals((RESET_AT + AFTER_RESET) / interval, cursor.keyframeCount(), "one per interval passed");
            assertTrue(cursor.keyframeBytes() > 0);
            java.util.Random random = new java.util.Random(interval);
            for (int i = 0; i < 30; i++) {
                long p = 500L * random.nextInt((int) ((RESET_AT + AFTER_RESET) / 500));
                cursor.seek(p);
                assertEquals(p, cursor.position());
                assertEquals(LIVE.get(p), cursor.world().stateHash(), "position " + p + " via a keyframe (interval " + interval + ")");
            }
            cursor.seek(cursor.timeline().end()); // the end checkpoint still matches after restores
            assertTrue(cursor.atEnd());
        }
    }

    @Test
    void aListenerHearsThePlantsEventsAtTheirTimelinePositions() throws Exception {
        ReplayCursor cursor = new ReplayCursor(Recording.read(file), scene, "plc.simrec");
        List<Long> heard = new java.util.ArrayList<>();
        cursor.listen((position, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                heard.add(position);
            }
        });
        cursor.seek(cursor.timeline().end());
        assertTrue(LIVE_PARTS.size() > 5 && LIVE_PARTS.stream().anyMatch(p -> p > RESET_AT), "parts on both sides of the reset");
        assertEquals(LIVE_PARTS, heard);
    }

    @Test
    void marksAndGradedRunsComeFromRecordsAndNotes() throws Exception {
        Recording rec = Recording.read(file);
        ReplayTimeline t = ReplayTimeline.of(rec, "plc.simrec");
        List<String> kinds = t.marks(rec, scene.layout(), 100).stream().map(m -> m.kind() + "@" + m.position()).toList();
        assertEquals(List.of("plc_load@0", "plc_run@0", "input@100", "input@120", "scenario@8000", "reset@8000",
                "input@8050", "input@8070", "graded_end@14000", "end@14000"), kinds);
        assertEquals("start_pb=1", t.marks(rec, scene.layout(), 100).get(2).text());
        assertEquals(8000, t.scenarioStart(rec, "conveyor-basics", 0, "again"));
        assertEquals(-1, t.scenarioStart(rec, "conveyor-basics", 1, "again"), "one finished run only");
        assertEquals(8000, t.scenarioStart(rec, "conveyor-basics", -1, "again"), "the latest finished run");
        assertEquals(-1, t.scenarioStart(rec, "tank-level", 0, "again"));
        assertEquals(new Recording.Owner("C1", "ada", 1), rec.owner());
    }

    @Test
    void aChangedRecordDivergesWithItsLine() throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("in 100 0 1.0", "in 101 0 1.0");
        Path changed = dir.resolve("changed.simrec");
        Files.writeString(changed, text, StandardCharsets.UTF_8);
        ReplayCursor cursor = new ReplayCursor(Recording.read(changed), scene, "changed.simrec");
        RecordingException e = assertThrows(RecordingException.class, () -> cursor.seek(RESET_AT));
        assertTrue(e.getMessage().matches("changed\\.simrec:\\d+: replay diverged at step 1000: .*"), e.getMessage());
    }
}
