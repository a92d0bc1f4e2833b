package io.simbase.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tags a check reads, from its rule's conditions: each once, in the order they are named,
 * every condition of the rule included, the plant's other figures (part counters) left out.
 */
class CheckTagsTest {
    @Test
    void aChecksTagsComeFromAllItsConditionsInOrderOnceEach() throws Exception {
        Exercise conveyor = Exercises.load("conveyor-basics");
        assertEquals(List.of("start_pb", "stop_pb", "belt_run"), conveyor.tagsOf(conveyor.check("start_runs")),
                "a response rule: when, then then");
        assertEquals(List.of("belt_run", "stop_pb"), conveyor.tagsOf(conveyor.check("no_run_while_stopped")));
        assertEquals(List.of("running_light", "belt_run"), conveyor.tagsOf(conveyor.check("light_follows")));
        assertEquals(List.of("stop_pb", "belt_run"), conveyor.tagsOf(conveyor.check("stop_stops")),
                "when's tag, then then's");

        Exercise encoder = Exercises.load("sort-encoder");
        Check missed = encoder.check("none_missed");
        assertEquals(List.of("reject_count", "parts_lost"), missed.rule().signals(), "the rule reads both");
        assertEquals(List.of("reject_count"), encoder.tagsOf(missed), "parts_lost is the plant's counter, not a tag");
    }
}
