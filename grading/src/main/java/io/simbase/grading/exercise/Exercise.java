package io.simbase.grading.exercise;

import io.simbase.grading.plant.PlantModel;
import java.util.List;

/**
 * An exercise as loaded from its file: the scene, what the student reads, the scenarios, the
 * checks (their points add up to 100), the pass mark and the cap a failed safety check puts
 * on the score. Immutable; one exercise grades any number of programs, on any thread.
 *
 * @param sheet     the exercise sheet's file name next to it (Markdown), or null
 * @param safetyCap the highest score when a safety check fails (default: pass mark - 1)
 * @param reference the reference program (scores 100) as a path relative to the exercise file's
 *                  folder, or null ({@link Exercises#referenceProgram})
 */
public record Exercise(String id, String source, PlantModel plant, Text title, Text brief, Text task,
                       String sheet, int passMark, int safetyCap, List<Scenario> scenarios, List<Check> checks,
                       String reference) {
    public Exercise {
        scenarios = List.copyOf(scenarios);
        checks = List.copyOf(checks);
    }

    /** The same exercise with other scenarios (a benchmark stretches them). */
    public Exercise withScenarios(List<Scenario> other) {
        return new Exercise(id, source, plant, title, brief, task, sheet, passMark, safetyCap, other, checks, reference);
    }

    /**
     * The scene tags check {@code c}'s conditions read, each once, in the order they name them
     * (the plant's other figures, such as part counts, left out): what the replay of a failure
     * highlights.
     */
    public List<String> tagsOf(Check c) {
        return c.rule().signals().stream().filter(n -> plant.tagIndex(n) >= 0).toList();
    }

    /** The check of that id, or null. */
    public Check check(String checkId) {
        for (Check c : checks) {
            if (c.id().equals(checkId)) {
                return c;
            }
        }
        return null;
    }

    /** The scene's id: the exercise names its scene, and several exercises may share one. */
    public String sceneId() {
        return plant.sceneId();
    }
}
