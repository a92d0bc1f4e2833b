package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/** The signal tower lights exactly the lamps its actuators command, from the next step. */
class TowerLightTest {
    @Test
    void eachLampFollowsItsActuator() {
        World w = TestScenes.parse(TestScenes.beltScene(1.0, 0.2,
                "  - {name: red, type: bool, dir: actuator}\n"
                        + "  - {name: yellow, type: bool, dir: actuator}\n"
                        + "  - {name: green, type: bool, dir: actuator}\n",
                "  - {id: tower, type: tower_light, at: [0.5, -0.3, 0.8], red: red, yellow: yellow, green: green}\n"))
                .newWorld();
        TowerLight tower = (TowerLight) w.component("tower");
        double[] lamps = new double[3];
        w.step(1);
        tower.writeVisuals(lamps, 0);
        assertArrayEquals(new double[] {0, 0, 0}, lamps);
        w.setInput("red", 1);
        w.setInput("green", 1);
        w.step(1);
        tower.writeVisuals(lamps, 0);
        assertArrayEquals(new double[] {1, 0, 1}, lamps);
        w.setInput("red", 0);
        w.setInput("yellow", 1);
        w.step(1);
        tower.writeVisuals(lamps, 0);
        assertArrayEquals(new double[] {0, 1, 1}, lamps);
    }
}
