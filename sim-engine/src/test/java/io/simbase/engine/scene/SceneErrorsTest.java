package io.simbase.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SceneErrorsTest {
    private static final String HEAD = "scene: bad\n"
            + "tags:\n"
            + "  - {name: run, type: bool, dir: actuator}\n"
            + "  - {name: eye, type: bool, dir: sensor}\n"
            + "components:\n"
            + "  - {id: belt, type: belt, at: [1, 0], length: 2, width: 0.2, height: 0.8, run: run}\n"
            + "  - {id: pe, type: photo_eye, at: [1, 0, 0.8], range: 0.3, tag: eye}\n";

    private static SceneException fail(String text) {
        return assertThrows(SceneException.class, () -> SceneLoader.parse(text, "bad.yaml"));
    }

    @Test
    void validBaseLoads() throws Exception {
        assertEquals(2, SceneLoader.parse(HEAD, "ok.yaml").layout().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown component | 8 | - {id: x, type: conveyor_belt, at: [0, 0]}                        | unknown component type 'conveyor_belt'",
        "dangling reference| 8 | - {id: d, type: diverter, at: [1, 0], size: [0.1, 0.1], belt: nope, tag: run} | unknown component 'nope'",
        "wrong reference   | 8 | - {id: d, type: diverter, at: [1, 0], size: [0.1, 0.1], belt: pe, tag: run} | 'pe' is a photo_eye, but this needs a belt",
        "out of range      | 8 | - {id: b2, type: belt, at: [1, 1], length: -2, width: 0.2, height: 0.8, run: run} | length -2 out of range [0.05, 50]",
        "unknown tag       | 8 | - {id: b2, type: belt, at: [1, 1], length: 2, width: 0.2, height: 0.8, run: motor} | unknown tag 'motor'",
        "wrong direction   | 8 | - {id: b2, type: belt, at: [1, 1], length: 2, width: 0.2, height: 0.8, run: eye} | tag 'eye' is a bool sensor, but this needs a bool actuator",
        "sensor twice      | 8 | - {id: pe2, type: photo_eye, at: [1, 0, 0.8], range: 0.3, tag: eye} | already driven by component 'pe'",
        "unknown key       | 8 | - {id: b2, type: belt, at: [1, 1], lenght: 2, width: 0.2, height: 0.8, run: run} | unknown key 'lenght'",
        "bad yaw           | 8 | - {id: b2, type: belt, at: [1, 1], length: 2, width: 0.2, height: 0.8, run: run, yaw: 45} | yaw must be 0, 90, 180 or 270",
        "duplicate id      | 8 | - {id: belt, type: table, at: [3, 0], length: 1, width: 1, height: 0.5} | duplicate component id 'belt'",
        "not a number      | 8 | - {id: t, type: table, at: [3, zero], length: 1, width: 1, height: 0.5} | 'zero' is not a number",
    })
    void eachErrorNamesFileLineAndProblem(String name, int line, String component, String expected) {
        SceneException e = fail(HEAD + "  " + component + "\n");
        assertEquals("bad.yaml", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.yaml:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should contain '" + expected + "'");
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        SceneException e = fail("scene: x\ntags:\n  - {name: a, type: bool\ncomponents: []\n");
        assertTrue(e.getMessage().startsWith("bad.yaml:"), e.getMessage());
        assertTrue(e.line() >= 3, e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void sensorNotDrivenByAnyComponentIsAnError() {
        SceneException e = fail(HEAD.replace("  - {id: pe, type: photo_eye, at: [1, 0, 0.8], range: 0.3, tag: eye}\n", ""));
        assertTrue(e.getMessage().contains("sensor tag 'eye' is not driven by any component"), e.getMessage());
    }

    @Test
    void emptyFileAndUnknownSceneAreClear() {
        assertTrue(fail("").getMessage().contains("empty"));
        SceneException e = assertThrows(SceneException.class, () -> Scenes.load("no-such-scene"));
        assertTrue(e.getMessage().contains("no such scene"), e.getMessage());
    }

    @Test
    void inputScriptErrorsNameLine() throws Exception {
        Scene s = SceneLoader.parse(HEAD, "ok.yaml");
        SceneException e = assertThrows(SceneException.class,
                () -> InputScript.parse("0 run 1\n# comment\n10 eye 1\n", "in.txt", s));
        assertEquals("in.txt:3: tag 'eye' is a plant sensor; inputs go to actuators and operator-panel controls",
                e.getMessage());
        e = assertThrows(SceneException.class, () -> InputScript.parse("5 run 2\n", "in.txt", s));
        assertTrue(e.getMessage().startsWith("in.txt:1: value 2 out of range"), e.getMessage());
    }

    @Test
    void bundledScenesAllLoad() throws Exception {
        assertEquals(java.util.List.of("conveyor-basics", "motor-control", "traffic-light", "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight", "sort-encoder", "pick-and-place", "tank-level", "tank-pid", "batch-mixer", "elevator", "car-park", "production-line"), Scenes.bundledIds());
        for (String id : Scenes.bundledIds()) {
            assertEquals(id, Scenes.load(id).id());
        }
    }
}
