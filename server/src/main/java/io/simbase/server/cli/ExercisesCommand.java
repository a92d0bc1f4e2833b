package io.simbase.server.cli;

import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.ExerciseException;
import io.simbase.grading.exercise.Exercises;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simbase exercises}: one line per bundled exercise, its id first, in curriculum order. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List the bundled exercises in curriculum order: id, scene, scenarios, checks, pass mark, title.")
final class ExercisesCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|zh",
            description = "language of the titles: en (default) or zh")
    TitleLanguage lang;

    @Override
    public Integer call() {
        PrintWriter out = TitleLanguage.utf8Out();
        for (String id : Exercises.bundledIds()) {
            Exercise e;
            try {
                e = Exercises.load(id);
            } catch (ExerciseException ex) {
                throw new IllegalStateException("bundled exercise does not load: " + ex.getMessage(), ex);
            }
            out.printf("%-18s scene=%-18s scenarios=%d checks=%-2d pass=%d %s%n", e.id(), e.sceneId(),
                    e.scenarios().size(), e.checks().size(), e.passMark(), lang.pick(e.title().en(), e.title().zh()));
        }
        out.flush();
        return 0;
    }
}
