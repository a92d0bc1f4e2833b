package io.simbase.engine.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.scene.Scenes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IoBoundaryTest {
    @Test
    void inputsAreValidated() throws Exception {
        World w = Scenes.load("conveyor-basics").newWorld();
        assertEquals(Outcome.UNKNOWN_TAG, w.setInput("nope", 1));
        assertEquals(Outcome.NOT_WRITABLE, w.setInput("part_at_end", 1));
        assertEquals(Outcome.OUT_OF_RANGE, w.setInput("belt_run", 2));
        assertEquals(Outcome.OUT_OF_RANGE, w.setInput("belt_run", Double.NaN));
        assertEquals(Outcome.OK, w.setInput("belt_run", 1));
        assertEquals(Outcome.OK, w.setInput("start_pb", 1), "panel buttons take operator inputs");
    }

    @Test
    void ncButtonReadsOneUntilPressedAndEdgesAreEvents() throws Exception {
        World w = Scenes.load("conveyor-basics").newWorld();
        List<String> events = new ArrayList<>();
        int stop = w.layout().indexOf("stop_pb");
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.TAG_CHANGED && subject == stop) {
                events.add(step + ":" + value);
            }
        });
        w.step();
        assertTrue(w.io().getBool(stop));
        w.setInput(stop, 1);
        w.step();
        assertFalse(w.io().getBool(stop));
        w.setInput(stop, 0);
        w.step();
        assertEquals(List.of("2:0.0", "3:1.0"), events);
    }

    @Test
    void sensorFaultsAndForcesActAtTheBoundary() throws Exception {
        World w = Scenes.load("conveyor-basics").newWorld();
        int eye = w.layout().indexOf("part_at_end");
        w.injectFault("part_at_end", FaultKind.STUCK_ON, 0);
        w.step();
        assertTrue(w.io().getBool(eye), "stuck on");
        assertFalse(w.io().raw(eye) != 0, "the plant itself sees nothing");
        w.clearFault("part_at_end", FaultKind.STUCK_ON);
        w.step();
        assertFalse(w.io().getBool(eye));
        w.force(eye, 1);
        w.step();
        assertTrue(w.io().getBool(eye), "forced");
        w.unforce(eye);
        w.step();
        assertFalse(w.io().getBool(eye));
    }

    @Test
    void wireBreakOnAnActuatorStopsTheBelt() throws Exception {
        World w = Scenes.load("conveyor-basics").newWorld();
        w.setInput("belt_run", 1);
        w.injectFault("belt_run", FaultKind.WIRE_BREAK, 0);
        w.step(100);
        assertEquals(0, ((io.simbase.engine.component.Belt) w.component("belt")).speedMps(), 0);
    }

    @Test
    void driftAccumulatesOnAnalogSensor() {
        World w = TestScenes.parse("scene: d\ntags:\n  - {name: fill, type: real, dir: actuator, range: [0, 100]}\n"
                + "  - {name: level, type: real, dir: sensor, range: [0, 3]}\n"
                + "components:\n  - {id: fv, type: supply_valve, flow: 0.01, tag: fill}\n"
                + "  - {id: tank, type: tank, at: [0, 0], area: 1, height: 3, level: 1, inlets: [fv]}\n"
                + "  - {id: m, type: level_meter, tank: tank, tag: level}\n").newWorld();
        w.injectFault("level", FaultKind.DRIFT, 0.01);
        w.step(2000); // 10 s
        assertEquals(1.1, w.io().get(w.layout().indexOf("level")), 1e-9);
    }

    @Test
    void faultsThatDoNotApplyAreRefusedWithAReason() throws Exception {
        World w = Scenes.load("conveyor-basics").newWorld();
        assertTrue(w.injectFault("belt", FaultKind.JAMMED, 0).message().contains("does not apply to belt 'belt'"));
        assertTrue(w.injectFault("part_at_end", FaultKind.NOISE, 1).message().contains("needs an analog tag"));
        assertTrue(w.injectFault("ghost", FaultKind.DEAD, 0).message().contains("unknown tag 'ghost'"));
        assertTrue(w.injectFault("belt", FaultKind.BELT_SLIP, 3).message().contains("fraction in [0, 1]"));
        assertEquals(Outcome.Code.BAD_PARAMETER, w.injectFault("belt", FaultKind.BELT_SLIP, 3).code());
        assertEquals(Outcome.Code.NOT_APPLICABLE, w.injectFault("belt", "jammed", 0).code());
        assertEquals(Outcome.Code.UNKNOWN_COMPONENT, w.injectFault("ghost", "jammed", 0).code());
        assertTrue(w.injectFault("belt", "belt_slip", 0.5).isOk(), "a fault the belt's type declares");
    }
}
