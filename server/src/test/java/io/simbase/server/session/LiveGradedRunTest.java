package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scenes;
import io.simbase.grading.GradeResult;
import io.simbase.grading.Grader;
import io.simbase.grading.controllers.ConveyorControllers;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graded run in a live, real-time session with an in-session Java controller gets exactly the
 * headless grader's result (score, every check, every scenario's final state hash), reports
 * progress while it runs, and leaves a recording that replays.
 */
class LiveGradedRunTest {
    @TempDir
    Path dir;

    /** What a run told its listener. */
    static final class Heard implements GradedRunListener {
        final List<GradedRunProgress> progress = new CopyOnWriteArrayList<>();
        final CompletableFuture<GradeResult> result = new CompletableFuture<>();
        volatile String recording;
        volatile String aborted;

        @Override
        public void progress(GradedRunProgress p) {
            progress.add(p);
        }

        @Override
        public void finished(GradeResult r, String recordingName) {
            recording = recordingName;
            result.complete(r);
        }

        @Override
        public void aborted(String reason) {
            aborted = reason;
            result.completeExceptionally(new IllegalStateException("aborted: " + reason));
        }
    }

    private GradeResult live(SessionRegistry reg, Exercise ex, ConveyorControllers.Mistake mistake, Heard heard)
            throws Exception {
        Session s = reg.create("C", "alice", Scenes.load(ex.sceneId()), 99, 30);
        assertTrue(s.submit(new SessionCommand.SetTimeScale(20), CommandReply.NONE));
        // some manual fiddling first: the graded run must start from the scenario's start anyway
        CompletableFuture<CommandResult> fiddled = new CompletableFuture<>();
        s.submit(new SessionCommand.SetInput(s.scene().layout().indexOf("belt_run"), 1), fiddled::complete);
        assertTrue(fiddled.get(10, TimeUnit.SECONDS) instanceof CommandResult.Applied, "the input was applied");
        assertTrue(s.submit(new SessionCommand.StartGradedRun(ex, ConveyorControllers.of(mistake), heard),
                CommandReply.NONE));
        GradeResult r = heard.result.get(60, TimeUnit.SECONDS);
        CompletableFuture<CommandResult> closed = new CompletableFuture<>();
        s.submit(new SessionCommand.Close(null), closed::complete);
        closed.get(10, TimeUnit.SECONDS);
        return r;
    }

    @Test
    void liveAndHeadlessResultsAreEqualForTheReferenceAndAWrongController() throws Exception {
        Exercise ex = Exercises.load("conveyor-basics");
        try (SessionRegistry reg = new SessionRegistry(dir, 1, 10, 16, 1 << 20, 10_000_000_000L, System::nanoTime)) {
            for (var mistake : List.of(ConveyorControllers.Mistake.NONE, ConveyorControllers.Mistake.NO_SEAL_IN)) {
                Heard heard = new Heard();
                GradeResult live = live(reg, ex, mistake, heard);
                GradeResult headless = Grader.grade(ex, ConveyorControllers.of(mistake));
                assertEquals(headless, live, mistake.toString());
                if (mistake == ConveyorControllers.Mistake.NONE) {
                    assertEquals(100, live.score());
                } else {
                    assertTrue(live.score() < 100, "no seal-in loses points: " + live.score());
                    int failedIndex = ex.checks().indexOf(ex.checks().stream()
                            .filter(c -> !live.check(c.id()).passed()).findFirst().orElseThrow());
                    assertTrue(heard.progress.stream().anyMatch(p -> p.failed(failedIndex)),
                            "a failed check was streamed as failed while the run went on");
                }
                assertNotNull(heard.recording);
                assertTrue(heard.progress.size() >= ex.scenarios().size(), "at least one report per scenario");
                assertEquals(ex.scenarios().size() - 1, heard.progress.get(heard.progress.size() - 1).scenarioIndex());
                // the recording (reset with the scenario's seed, timeline and controller inputs) replays
                Recording rec = Recording.read(dir.resolve(heard.recording));
                assertTrue(rec.entries().stream().anyMatch(e -> e.kind() == Recording.Kind.RESET
                        && e.seed() == ex.scenarios().get(0).seed()), "reset with the scenario's seed recorded");
                Replayer.Result replayed = Replayer.replay(rec, Scenes.load(ex.sceneId()), heard.recording);
                assertTrue(replayed.ended() && replayed.checkpoints() > 10, replayed.toString());
            }
        }
    }

    @Test
    void aResetAbortsTheRunAndASecondRunIsRefusedWhileOneIsGoing() throws Exception {
        Exercise ex = Exercises.load("conveyor-basics");
        try (SessionRegistry reg = new SessionRegistry(dir, 1, 10, 16, 1 << 20, 10_000_000_000L, System::nanoTime)) {
            Session s = reg.create("C", "bob", Scenes.load(ex.sceneId()), 1, 30);
            Heard heard = new Heard();
            s.submit(new SessionCommand.StartGradedRun(ex, null, heard), CommandReply.NONE);
            CompletableFuture<CommandResult> second = new CompletableFuture<>();
            s.submit(new SessionCommand.StartGradedRun(ex, null, new Heard()), second::complete);
            CommandResult refused = second.get(5, TimeUnit.SECONDS);
            assertTrue(refused instanceof CommandResult.Refused r && r.text().contains("already in progress"),
                    refused.toString());
            s.submit(new SessionCommand.Reset(), CommandReply.NONE);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (heard.aborted == null && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertEquals("the session was reset", heard.aborted);
        }
    }
}
