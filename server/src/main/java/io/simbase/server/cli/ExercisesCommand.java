package io.simbase.server.cli;

import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.ExerciseException;
import io.simbase.grading.exercise.Exercises;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code simbase exercises}: one line per bundled exercise, its id first, in curriculum order. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List the bundled exercises in curriculum order: id, scene, scenarios, checks, pass mark, title.")
final class ExercisesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String id : Exercises.bundledIds()) {
            Exercise e;
            try {
                e = Exercises.load(id);
            } catch (ExerciseException ex) {
                throw new IllegalStateException("bundled exercise does not load: " + ex.getMessage(), ex);
            }
            out.printf("%-18s scene=%-18s scenarios=%d checks=%-2d pass=%d %s%n", e.id(), e.sceneId(),
                    e.scenarios().size(), e.checks().size(), e.passMark(), e.title().en());
        }
        out.flush();
        return 0;
    }
}
