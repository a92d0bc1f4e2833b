package io.simbase.server.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code part} records (a part type queued for an emitter): written, read, replayed; a bad one names its line. */
class RecordingPartTest {
    @TempDir
    Path dir;

    @Test
    void aQueuedPartIsRecordedAndReplaysToTheSameHash() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        Path file = dir.resolve("parts.rec");
        World w = scene.newWorld(9);
        try (RecordingWriter rec = RecordingWriter.create(file, scene.id(), 9)) {
            w.setInput("belt_run", 1);
            rec.input(0, scene.layout().indexOf("belt_run"), 1);
            w.step(700);
            for (String t : new String[] {"tall_metal", "short_plastic"}) {
                assertEquals(true, w.queuePart("feeder", t).isOk());
                rec.part(w.stepCount(), "feeder", t);
            }
            w.step(1_500);
            rec.end(w.stepCount(), w.stateHash());
        }
        Recording read = Recording.read(file);
        Recording.Entry part = read.entries().get(1);
        assertEquals(Recording.Kind.PART, part.kind());
        assertEquals(700, part.step());
        assertEquals("feeder", part.target());
        assertEquals("tall_metal", part.text());
        Replayer.Result r = Replayer.replay(read, scene, file.toString());
        assertEquals(w.stateHash(), r.hash(), "replayed with the same parts");
        assertEquals(1, r.checkpoints());
    }

    @Test
    void aMalformedOrInapplicablePartRecordNamesItsLine() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        String head = Recording.MAGIC + "\nscene sorting-station\nseed 1\n";
        Path shortRecord = Files.writeString(dir.resolve("a.rec"), head + "part 5 feeder\n");
        RecordingException e = assertThrows(RecordingException.class, () -> Recording.read(shortRecord));
        assertEquals(true, e.getMessage().contains(":4:") && e.getMessage().contains("needs 3 fields"), e.getMessage());

        Path unknown = Files.writeString(dir.resolve("b.rec"), head + "part 5 feeder tall_wood\nend 10 0\n");
        RecordingException u = assertThrows(RecordingException.class,
                () -> Replayer.replay(Recording.read(unknown), scene, unknown.toString()));
        assertEquals(true, u.getMessage().contains(":4:") && u.getMessage().contains("unknown part type 'tall_wood'"),
                u.getMessage());
    }
}
