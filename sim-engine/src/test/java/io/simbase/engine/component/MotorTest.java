package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.SceneLoader;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three-phase motor against its model: steady speeds, starting currents, the relay's trip time. */
class MotorTest {
    private static final double RATED_A = 15;
    private static final double SLIP = 0.04;
    private static final double LOAD = 0.8;
    private static final double TAU_TH = 60;

    private static final String TAGS = "tags:\n"
            + "  - {name: k1, type: bool, dir: actuator}\n"
            + "  - {name: k2, type: bool, dir: actuator}\n"
            + "  - {name: ks, type: bool, dir: actuator}\n"
            + "  - {name: kd, type: bool, dir: actuator}\n"
            + "  - {name: rst, type: bool, dir: actuator}\n"
            + "  - {name: rpm, type: real, dir: sensor, range: [-1600, 1600]}\n"
            + "  - {name: amps, type: real, dir: sensor, range: [0, 200]}\n"
            + "  - {name: ol, type: bool, dir: sensor}\n";

    private static World motor() {
        return TestScenes.parse("scene: m\nstep_ms: 5\n" + TAGS + "components:\n"
                + "  - {id: m1, type: motor, forward: k1, reverse: k2, star: ks, delta: kd, reset: rst, speed: rpm,"
                + " current: amps, overload_ok: ol, rated_a: " + RATED_A + ", rated_slip: " + SLIP + ", load: " + LOAD
                + ", accel_s: 2, tau_th: " + TAU_TH + "}\n").newWorld();
    }

    private static double get(World w, String tag) {
        return w.io().get(w.layout().indexOf(tag));
    }

    /** The per-unit steady speed where c (1 - n) / s = load n^2 (linear torque region). */
    private static double steadySpeed(double c) {
        double a = LOAD;
        double b = c / SLIP;
        return (-b + Math.sqrt(b * b + 4 * a * b)) / (2 * a);
    }

    @Test
    void deltaAndStarSettleAtTheSpeedWhereMotorTorqueMeetsTheFanLoad() {
        World w = motor();
        w.setInput("k1", 1);
        w.setInput("ks", 1);
        w.step(4000); // 20 s, ten mechanical time constants
        assertEquals(1500 * steadySpeed(1.0 / 3), get(w, "rpm"), 0.5, "star");
        double starCurrent = get(w, "amps");
        w.setInput("ks", 0);
        w.step(10);
        w.setInput("kd", 1);
        w.step(4000);
        double n = steadySpeed(1);
        assertEquals(1500 * n, get(w, "rpm"), 0.5, "delta");
        double expectedA = RATED_A * (0.4 + 0.6 * (1 - n) / SLIP);
        assertEquals(expectedA, get(w, "amps"), 0.05, "delta current");
        assertTrue(starCurrent < get(w, "amps"), "star draws less than delta at speed");
        assertTrue(get(w, "ol") > 0.5, "a steady load below the setting does not trip");
    }

    @Test
    void reverseRunsTheOtherWayAndAStarStartDrawsAThirdOfTheDirectOnLineCurrent() {
        World w = motor();
        w.setInput("k2", 1);
        w.setInput("kd", 1);
        w.step();
        assertEquals(6 * RATED_A, get(w, "amps"), 0.01, "direct on line: locked-rotor current");
        w.step(4000);
        assertEquals(-1500 * steadySpeed(1), get(w, "rpm"), 0.5);

        World star = motor();
        star.setInput("k1", 1);
        star.setInput("ks", 1);
        star.step();
        assertEquals(2 * RATED_A, get(star, "amps"), 0.01, "star: a third of the locked-rotor current");
    }

    @Test
    void theRelayTripsAfterTheTimeItsHeatModelGivesAndCutsTheSupply() {
        World w = motor();
        List<Double> alarms = new ArrayList<>();
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.ALARM_ON) {
                alarms.add(value);
            }
        });
        w.injectFault("m1", "jammed", 0);
        w.setInput("k1", 1);
        w.setInput("kd", 1);
        int steps = 0;
        while (get(w, "ol") > 0.5 && steps < 10_000) {
            w.step();
            steps++;
        }
        // theta(t) = 36 (1 - exp(-t / tau)) reaches 1.15^2 at t = -tau ln(1 - 1.3225 / 36)
        double expected = -TAU_TH * Math.log(1 - 1.15 * 1.15 / 36);
        assertEquals(expected, steps * 0.005, 0.006, "trip time");
        assertEquals(List.of((double) Motor.ALARM_OVERLOAD), alarms);
        w.clearFault("m1", "jammed");
        w.step(400);
        assertEquals(0, get(w, "rpm"), 1e-9, "tripped: no supply although K1 and delta stay on");
        assertEquals(0, get(w, "amps"), 1e-9);
    }

    @Test
    void resetWorksOnlyAfterCoolingAndShortCircuitsTripAtOnce() {
        World w = motor();
        w.injectFault("m1", "jammed", 0);
        w.setInput("k1", 1);
        w.setInput("kd", 1);
        w.step(1000);
        assertFalse(get(w, "ol") > 0.5, "tripped");
        w.clearFault("m1", "jammed");
        w.setInput("k1", 0);
        w.setInput("rst", 1);
        w.step(200); // 1 s: still hot
        assertFalse(get(w, "ol") > 0.5, "a hot relay does not reset");
        // heat falls from 1.3225 to 1 after tau ln(1.3225): about 17 s
        w.step(4000);
        assertTrue(get(w, "ol") > 0.5, "reset after cooling");
        w.setInput("rst", 0);

        w.setInput("k1", 1);
        w.setInput("k2", 1);
        w.step();
        assertFalse(get(w, "ol") > 0.5, "K1 and K2 together: short circuit trips at once");
        w.setInput("k2", 0);
        w.setInput("rst", 1);
        w.step();
        w.setInput("rst", 0);
        w.setInput("ks", 1);
        w.step();
        assertFalse(get(w, "ol") > 0.5, "star and delta together: short circuit");
    }

    @Test
    void aCoastingFanSlowsDownAsItsLoadAndFrictionGive() {
        double friction = 0.5;
        double accel = 1;
        World w = TestScenes.parse("scene: m\nstep_ms: 5\n" + TAGS + "components:\n"
                + "  - {id: m1, type: motor, forward: k1, speed: rpm, current: amps, overload_ok: ol, rated_a: 10, load: " + LOAD + ", friction: "
                + friction + ", accel_s: " + accel + "}\n").newWorld();
        w.setInput("k1", 1);
        w.step(4000);
        double n0 = get(w, "rpm") / 1500;
        w.setInput("k1", 0);
        double worst = 0;
        for (int i = 1; i <= 2000; i++) {
            w.step();
            // accel dn/dt = -(friction n + load n^2): a Bernoulli equation with this closed form
            double e = Math.exp(-friction * i * 0.005 / accel);
            double n = friction * n0 * e / (friction + LOAD * n0 * (1 - e));
            worst = Math.max(worst, Math.abs(get(w, "rpm") - 1500 * n));
        }
        // implicit Euler is first order: about dt / (2 tau) = 0.5 % of the 0.5 s fastest decay, at most 0.2 % of full speed
        assertTrue(worst < 3, "within 3 rpm of the closed form, worst " + worst);
        assertTrue(get(w, "rpm") < 60, "10 s after the stop the fan has nearly stopped: " + get(w, "rpm"));
    }

    @Test
    void starWithoutDeltaIsRefusedAtItsLine() {
        SceneException e = org.junit.jupiter.api.Assertions.assertThrows(SceneException.class,
                () -> SceneLoader.parse("scene: m\n" + TAGS + "components:\n"
                        + "  - {id: m1, type: motor, forward: k1,\n     star: ks, rated_a: 10}\n", "m.yaml"));
        assertTrue(e.getMessage().startsWith("m.yaml:13:"), e.getMessage());
        assertTrue(e.getMessage().contains("needs both star and delta"), e.getMessage());
    }
}
