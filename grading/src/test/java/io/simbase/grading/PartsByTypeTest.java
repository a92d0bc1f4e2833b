package io.simbase.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.grading.exercise.Action;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.ExerciseException;
import io.simbase.grading.exercise.ExerciseLoader;
import io.simbase.grading.plant.Plant;
import io.simbase.grading.plant.PlantModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario's parts by type: loaded into the timeline, released in order headless, and every bad entry with its line. */
class PartsByTypeTest {
    /** Sorting station, belt always on by the "program"; line numbers below refer to this text. */
    static final String FILE = String.join("\n",
            "exercise: t",                                                      // 1
            "scene: sorting-station",                                           // 2
            "title: {zh: 标题, en: Title}",                                      // 3
            "brief: {zh: 简介, en: Brief}",                                      // 4
            "task: {zh: 任务, en: Task}",                                        // 5
            "pass_mark: 60",                                                    // 6
            "scenarios:",                                                       // 7
            "  - id: listed",                                                   // 8
            "    duration: 22s",                                                // 9
            "    parts:",                                                       // 10
            "      - {types: [tall_plastic, short_metal], repeat: 4}",          // 11
            "      - {at: 20s, emitter: feeder, type: tall_metal}",             // 12
            "checks:",                                                          // 13
            "  - id: one_tall_metal",                                           // 14
            "    kind: outcome",                                                // 15
            "    points: 100",                                                  // 16
            "    expect: created.tall_metal == 1 && created.short_metal == 4 && created.tall_plastic == 4", // 17
            "");

    static Exercise load(String text) throws ExerciseException {
        return ExerciseLoader.parse(text, "exercises/t.yaml");
    }

    static String error(String find, String with) {
        assertTrue(FILE.contains(find), find);
        return assertThrows(ExerciseException.class, () -> load(FILE.replace(find, with))).getMessage();
    }

    /** Runs the belt and notes each new part's type, in order, with the time it appeared. */
    static final class BeltAndWatch implements ControllerFactory {
        final List<String> types = new ArrayList<>();
        final List<Double> times = new ArrayList<>();

        @Override
        public Controller attach(Plant plant) {
            PlantModel m = plant.model();
            int belt = m.tagIndex("belt_run");
            List<String> names = List.of("short_metal", "short_plastic", "tall_metal", "tall_plastic");
            double[] seen = new double[names.size()];
            return simNanos -> {
                plant.write(belt, 1);
                for (int i = 0; i < seen.length; i++) {
                    double now = plant.value(m.indexOf("created." + names.get(i)));
                    for (; seen[i] < now; seen[i]++) {
                        types.add(names.get(i));
                        times.add(simNanos / 1e9);
                    }
                }
            };
        }
    }

    @Test
    void theListBecomesPartActionsInTheTimeline() throws Exception {
        List<Action> timeline = load(FILE).scenarios().get(0).timeline();
        assertEquals(9, timeline.size());
        List<String> got = new ArrayList<>();
        for (Action a : timeline) {
            assertEquals(Action.Kind.PART, a.kind());
            assertEquals("feeder", a.target(), "the scene's only emitter when none is named");
            got.add(a.partType() + "@" + a.atSeconds());
        }
        assertEquals(List.of("tall_plastic@0.0", "short_metal@0.0", "tall_plastic@0.0", "short_metal@0.0",
                "tall_plastic@0.0", "short_metal@0.0", "tall_plastic@0.0", "short_metal@0.0", "tall_metal@20.0"), got);
    }

    @Test
    void aHeadlessRunReleasesTheListedPartsInOrderAndGradesThem() throws Exception {
        Exercise e = load(FILE);
        BeltAndWatch watch = new BeltAndWatch();
        GradeResult r = Grader.grade(e, watch);
        assertEquals(100, r.score(), r.toString());
        assertEquals(List.of("tall_plastic", "short_metal", "tall_plastic", "short_metal", "tall_plastic", "short_metal",
                "tall_plastic", "short_metal", "tall_metal"), watch.types, "a part every 2.5 s from 0 to 20 s");
        assertEquals(20.0, watch.times.get(8), 0.01, "the part queued at 20 s is the one released then");

        BeltAndWatch again = new BeltAndWatch();
        GradeResult second = Grader.grade(e, again);
        assertEquals(watch.types, again.types);
        assertEquals(r.toString(), second.toString(), "same exercise, same program: the same result");
    }

    @Test
    void withoutTheListTheSeededMixDecides() throws Exception {
        Exercise e = load(FILE.replace("    parts:\n", "    timeline:\n").replace(
                "      - {types: [tall_plastic, short_metal], repeat: 4}\n      - {at: 20s, emitter: feeder, type: tall_metal}",
                "      - {at: 1s, do: press start_pb}"));
        BeltAndWatch watch = new BeltAndWatch();
        Grader.grade(e, watch);
        assertFalse(watch.types.subList(0, 4).equals(List.of("tall_plastic", "short_metal", "tall_plastic", "short_metal")),
                watch.types.toString());
    }

    @Test
    void badEntriesAreErrorsAtTheirLine() {
        assertEquals("exercises/t.yaml:12: scenario 'listed': parts: 'hopper' is not an emitter of scene sorting-station"
                + " (its emitters: feeder)", error("emitter: feeder", "emitter: hopper"));
        assertEquals("exercises/t.yaml:12: scenario 'listed': parts: 'entry_belt' is not an emitter of scene"
                + " sorting-station (its emitters: feeder)", error("emitter: feeder", "emitter: entry_belt"));
        String type = error("type: tall_metal", "type: tall_wood");
        assertTrue(type.startsWith("exercises/t.yaml:12: "), type);
        assertTrue(type.endsWith("unknown part type 'tall_wood' (this scene has: short_metal, short_plastic, tall_metal,"
                + " tall_plastic)"), type);
        String inList = error("short_metal], repeat", "short_metl], repeat");
        assertTrue(inList.startsWith("exercises/t.yaml:11: ") && inList.contains("'short_metl'"), inList);
        assertTrue(error("type: tall_metal}", "types: [tall_metal], type: tall_metal}")
                .endsWith("a parts entry needs exactly one of 'type' (one part) or 'types' (a list in order)"));
        assertTrue(error("repeat: 4", "repeat: 0").startsWith("exercises/t.yaml:11: "));
        assertTrue(error("at: 20s", "at: 23s").startsWith("exercises/t.yaml:12: "));
        assertTrue(error("repeat: 4", "colour: red").contains("colour"));
    }

    @Test
    void aSceneWithSeveralEmittersNeedsTheEmitterNamed() throws Exception {
        List<String> sources = PlantModel.load("sorting-station").partSources();
        assertEquals(List.of("feeder"), sources);
        for (String scene : List.of("conveyor-basics", "sort-by-weight", "queue-counter", "tank-level")) {
            List<String> s = PlantModel.load(scene).partSources();
            if (s.size() != 1) {
                String text = FILE.replace("scene: sorting-station", "scene: " + scene)
                        .replace("      - {at: 20s, emitter: feeder, type: tall_metal}\n", "")
                        .replace("created.tall_metal == 1 && created.short_metal == 4 && created.tall_plastic == 4", "parts_created >= 0");
                String msg = assertThrows(ExerciseException.class, () -> load(text)).getMessage();
                assertTrue(msg.startsWith("exercises/t.yaml:11: ") && msg.contains("name the emitter"), msg);
                return;
            }
        }
    }
}
