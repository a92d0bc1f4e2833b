package io.simbase.engine;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.SceneLoader;

/** Builds scenes from inline YAML for tests. */
public final class TestScenes {
    private TestScenes() {
    }

    public static Scene parse(String yaml) {
        try {
            return SceneLoader.parse(yaml, "test.yaml");
        } catch (SceneException e) {
            throw new AssertionError("test scene does not load: " + e.getMessage(), e);
        }
    }

    /** A scene with one belt (x from 0 to {@code length}, top 0.8 m) and whatever else is given. */
    public static String beltScene(double length, double speed, String extraTags, String extraComponents) {
        return "scene: test\nstep_ms: 5\nmax_parts: 64\n"
                + "parts:\n  - {name: box, shape: box, size: [0.05, 0.05, 0.04], material: plastic}\n"
                + "  - {name: metal_box, shape: box, size: [0.05, 0.05, 0.04], material: metal}\n"
                + "tags:\n  - {name: run, type: bool, dir: actuator}\n" + extraTags
                + "components:\n  - {id: belt, type: belt, at: [" + (length / 2) + ", 0], length: " + length
                + ", width: 0.2, height: 0.8, speed: " + speed + ", accel_s: 0, friction: 0.5, run: run}\n"
                + extraComponents;
    }
}
