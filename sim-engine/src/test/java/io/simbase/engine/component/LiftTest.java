package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lift against its model: speeds and ramps, stopping distances, sensors, limits, the door. */
class LiftTest {
    private static final double FAST = 1.0;
    private static final double SLOW = 0.2;
    private static final double ACCEL = 2.0;
    private static final double FLOOR = 3.0;

    private static World lift() {
        StringBuilder tags = new StringBuilder("tags:\n");
        for (String t : new String[] {"up", "down", "slow", "open", "close"}) {
            tags.append("  - {name: ").append(t).append(", type: bool, dir: actuator}\n");
        }
        for (String t : new String[] {"f1", "f2", "f3", "s1", "s2", "s3", "opened", "closed", "top", "bottom"}) {
            tags.append("  - {name: ").append(t).append(", type: bool, dir: sensor}\n");
        }
        tags.append("  - {name: pos, type: real, dir: sensor, range: [-1, 7]}\n");
        tags.append("  - {name: v, type: real, dir: sensor, range: [-2, 2]}\n");
        return TestScenes.parse("scene: l\nstep_ms: 5\n" + tags + "components:\n"
                + "  - {id: car, type: lift, up: up, down: down, slow: slow, door_open: open, door_close: close,"
                + " floor1: f1, floor2: f2, floor3: f3, slow1: s1, slow2: s2, slow3: s3, door_opened: opened,"
                + " door_closed: closed, top_limit: top, bottom_limit: bottom, position: pos, speed: v,"
                + " floor_height: " + FLOOR + ", fast: " + FAST + ", slow_speed: " + SLOW + ", accel: " + ACCEL
                + ", level_window: 0.03, slow_zone: 0.6, limit: 0.1, door_s: 2}\n").newWorld();
    }

    private static boolean on(World w, String tag) {
        return w.io().getBool(w.layout().indexOf(tag));
    }

    private static Lift car(World w) {
        return (Lift) w.component("car");
    }

    @Test
    void theCarRampsToItsFastSpeedAndStopsWithinTheRampDistance() {
        World w = lift();
        w.step(1);
        assertTrue(on(w, "f1"), "starts level with floor 1");
        assertTrue(on(w, "closed"));
        w.setInput("up", 1);
        w.step(100); // 0.5 s at 2 m/s^2: 1 m/s reached
        assertEquals(FAST, car(w).speedMs(), 1e-9);
        assertEquals(FAST * FAST / (2 * ACCEL), car(w).positionM(), 0.006, "covered while ramping");
        w.step(100);
        double before = car(w).positionM();
        w.setInput("up", 0);
        w.step(200);
        assertEquals(0, car(w).speedMs(), 0);
        assertEquals(FAST * FAST / (2 * ACCEL), car(w).positionM() - before, 0.006, "stopping distance v^2 / 2a");
    }

    @Test
    void slowingInTheSlowZoneAndStoppingOnTheFloorSensorLevelsTheCar() {
        World w = lift();
        w.setInput("up", 1);
        while (!on(w, "s2") || car(w).positionM() < 1) {
            w.step();
        }
        assertEquals(FLOOR - 0.6, car(w).positionM(), FAST * 0.005 + 1e-9, "the slow-down zone starts 0.6 m before");
        w.setInput("slow", 1);
        while (!on(w, "f2")) {
            w.step();
        }
        w.setInput("up", 0);
        w.step(200);
        assertEquals(FLOOR, car(w).positionM(), 0.03, "stopped within the floor window");
        w.step(1);
        assertTrue(on(w, "f2"), "the floor sensor stays on: the car is level");
        assertFalse(on(w, "f1") || on(w, "f3"));
    }

    @Test
    void stoppingFromFastSpeedOnTheFloorSensorOvershootsTheFloor() {
        World w = lift();
        w.setInput("up", 1);
        while (!on(w, "f2")) {
            w.step();
        }
        w.setInput("up", 0);
        w.step(200);
        assertTrue(car(w).positionM() - FLOOR > 0.2, "a quarter metre past: not level");
        w.step(1);
        assertFalse(on(w, "f2"));
    }

    @Test
    void pastTheTopLimitTheHoistOnlyDrivesBackAndRaisesTheOvertravelAlarm() {
        World w = lift();
        List<Double> alarms = new ArrayList<>();
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.ALARM_ON) {
                alarms.add(value);
            }
        });
        w.setInput("up", 1);
        w.step(2000); // 10 s: would be far above the top floor
        assertTrue(on(w, "top"));
        assertEquals(2 * FLOOR + 0.1, car(w).positionM(), 0.006, "stopped at the limit");
        assertEquals(List.of((double) Lift.ALARM_OVERTRAVEL), alarms);
        w.setInput("up", 0);
        w.setInput("down", 1);
        w.setInput("slow", 1);
        w.step(200);
        assertFalse(on(w, "top"), "driven back below the limit");
        assertTrue(on(w, "f3") || car(w).positionM() < 2 * FLOOR);
    }

    @Test
    void theDoorTravelsInItsTimeAndMovingWithItOpenIsAnAlarm() {
        World w = lift();
        List<Double> alarms = new ArrayList<>();
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.ALARM_ON) {
                alarms.add(value);
            }
        });
        w.setInput("open", 1);
        w.step(399);
        assertFalse(on(w, "opened"));
        w.step(1);
        assertTrue(on(w, "opened"), "open after 2 s");
        assertFalse(on(w, "closed"));
        w.setInput("up", 1);
        w.step(10);
        assertEquals(List.of((double) Lift.ALARM_DOOR), alarms);
        w.setInput("up", 0);
        w.setInput("open", 0);
        w.injectFault("car", "jammed", 0);
        w.setInput("close", 1);
        w.step(1000);
        assertTrue(on(w, "opened"), "a jammed door does not move");
        w.clearFault("car", "jammed");
        w.step(400);
        assertTrue(on(w, "closed"));
    }
}
