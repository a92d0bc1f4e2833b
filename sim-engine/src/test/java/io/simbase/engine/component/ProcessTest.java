package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTest {
    private static final double AREA = 0.5;
    private static final double ORIFICE = 0.002;
    private static final double CD = 0.61;

    private static World tank(double level, String pump) {
        return TestScenes.parse("scene: t\ntags:\n"
                + "  - {name: fill, type: real, dir: actuator, range: [0, 100]}\n"
                + "  - {name: drain, type: real, dir: actuator, range: [0, 100]}\n"
                + "  - {name: pump_on, type: bool, dir: actuator}\n"
                + "  - {name: running, type: bool, dir: sensor}\n"
                + "  - {name: level, type: real, dir: sensor, range: [0, 3]}\n"
                + "  - {name: high, type: bool, dir: sensor}\n"
                + "components:\n"
                + "  - {id: fv, type: supply_valve, flow: 0.01, tag: fill}\n"
                + "  - {id: dv, type: drain_valve, orifice: " + ORIFICE + ", cd: " + CD + ", tag: drain}\n"
                + "  - {id: pump, type: pump, flow: " + pump + ", run: pump_on, feedback: running}\n"
                + "  - {id: tank, type: tank, at: [0, 0], area: " + AREA + ", height: 3, level: " + level
                + ", inlets: [fv, pump], outlets: [dv]}\n"
                + "  - {id: m, type: level_meter, tank: tank, tag: level}\n"
                + "  - {id: hs, type: level_switch, tank: tank, level: 2.7, tag: high}\n").newWorld();
    }

    @Test
    void drainingTankFollowsTorricelliAnalyticSolution() {
        double h0 = 2.5;
        World w = tank(h0, "0.001");
        w.setInput("drain", 100);
        double k = CD * ORIFICE * Math.sqrt(2 * PartSystem.G);
        int level = w.layout().indexOf("level");
        double worst = 0;
        for (int i = 0; i < 30_000; i++) {
            w.step();
            double t = w.simNanos() / 1e9;
            double root = Math.sqrt(h0) - k / (2 * AREA) * t;
            if (root < 0.3) {
                break; // near empty the square root's slope is unbounded; stop before it
            }
            worst = Math.max(worst, Math.abs(w.io().get(level) - root * root));
        }
        assertTrue(worst < 1e-6, "level within 1 micrometre of the analytic solution, worst " + worst);
    }

    @Test
    void fillAndDrainSettleAtTheSteadyStateLevel() {
        World w = tank(0.5, "0.001");
        w.setInput("fill", 40);
        w.setInput("drain", 100);
        w.step(200_000); // 1000 s, many time constants
        double k = CD * ORIFICE * Math.sqrt(2 * PartSystem.G);
        double steady = Math.pow(0.004 / k, 2);
        assertEquals(steady, w.io().get(w.layout().indexOf("level")), 1e-4);
    }

    @Test
    void pumpFillsOverflowRaisesAlarmAndHighSwitch() {
        World w = tank(2.0, "0.01");
        List<EventKind> alarms = new ArrayList<>();
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.ALARM_ON || kind == EventKind.ALARM_OFF) {
                alarms.add(kind);
            }
        });
        w.setInput("pump_on", 1);
        w.step(40_000);
        assertTrue(w.io().getBool(w.layout().indexOf("running")));
        assertTrue(w.io().getBool(w.layout().indexOf("high")));
        assertEquals(3.0, w.io().get(w.layout().indexOf("level")), 1e-12);
        assertEquals(List.of(EventKind.ALARM_ON), alarms);
        w.setInput("pump_on", 0);
        w.setInput("drain", 100);
        w.step(100);
        assertEquals(List.of(EventKind.ALARM_ON, EventKind.ALARM_OFF), alarms);
    }

    @Test
    void valveLeakPassesFlowWhenClosed() {
        World w = tank(1.0, "0.001");
        w.injectFault("fv", FaultKind.VALVE_LEAK, 0.1);
        w.step(2000); // 10 s at 10 % of 10 l/s into 0.5 m^2: +0.02 m
        assertEquals(1.02, w.io().get(w.layout().indexOf("level")), 1e-9);
    }

    @Test
    void heaterFollowsFirstOrderResponse() {
        World w = TestScenes.parse("scene: h\ntags:\n"
                + "  - {name: power, type: bool, dir: actuator}\n"
                + "  - {name: temp, type: real, dir: sensor, range: [0, 200], unit: C}\n"
                + "components:\n"
                + "  - {id: h, type: heater, power: power, ambient: 20, gain: 60, tau: 30, temperature: temp}\n").newWorld();
        w.setInput("power", 1);
        int temp = w.layout().indexOf("temp");
        for (int s = 1; s <= 12_000; s++) {
            w.step();
            double t = s * w.dtSeconds();
            double expected = 20 + 60 * (1 - Math.exp(-t / 30));
            assertEquals(expected, w.io().get(temp), 1e-9, "at t=" + t);
        }
    }

    @Test
    void tankLevelSceneMeterScalesToModbusCounts() throws Exception {
        World w = Scenes.load("tank-level").newWorld();
        var level = w.layout().find("level");
        assertEquals(5000, level.toRegister(1.5));
        assertEquals(10000, level.toRegister(3.0));
        assertEquals(1.5, level.fromRegister(5000), 1e-12);
        w.step(10);
        assertFalse(w.io().getBool(w.layout().indexOf("level_high")));
        assertEquals(1.5, w.io().get(w.layout().indexOf("setpoint")), 0, "panel setpoint starts at its initial value");
    }
}
