package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The car park against its model: beam sequences by direction, reversals, the counters. */
class CarParkTest {
    private static World park(double arrivePerMin, double leavePerMin, double reverse, int capacity, int initial) {
        return TestScenes.parse("scene: p\nstep_ms: 5\nseed: 8\ntags:\n"
                + "  - {name: barrier, type: bool, dir: actuator}\n"
                + "  - {name: full, type: bool, dir: actuator}\n"
                + "  - {name: display, type: int, dir: actuator, range: [0, 99]}\n"
                + "  - {name: loop, type: bool, dir: sensor}\n"
                + "  - {name: a, type: bool, dir: sensor}\n"
                + "  - {name: b, type: bool, dir: sensor}\n"
                + "  - {name: up, type: bool, dir: sensor}\n"
                + "components:\n"
                + "  - {id: park, type: car_park, barrier: barrier, full_sign: full, display: display, entry_loop: loop,"
                + " beam_a: a, beam_b: b, barrier_up: up, capacity: " + capacity + ", initial: " + initial
                + ", arrive_per_min: " + arrivePerMin + ", leave_per_min: " + leavePerMin + ", reverse: " + reverse
                + ", beam_s: 0.6, barrier_s: 1.5, patience_s: 30, queue: 5}\n").newWorld();
    }

    private static CarPark park(World w) {
        return (CarPark) w.component("park");
    }

    /** The beams' distinct states (A, B as "a", "ab", "b", "-") in the order seen over n steps. */
    private static List<String> beamSequence(World w, long steps) {
        List<String> seen = new ArrayList<>();
        int a = w.layout().indexOf("a");
        int b = w.layout().indexOf("b");
        String last = "";
        for (long i = 0; i < steps; i++) {
            w.step();
            boolean ba = w.io().getBool(a);
            boolean bb = w.io().getBool(b);
            String now = ba && bb ? "ab" : ba ? "a" : bb ? "b" : "-";
            if (!now.equals(last)) {
                seen.add(now);
                last = now;
            }
        }
        return seen;
    }

    @Test
    void anEnteringCarBreaksAThenBothThenBOnceTheBarrierIsOpen() {
        World w = park(60, 0, 0, 10, 0); // a car a second: one waits almost at once
        w.step(1000);
        assertTrue(w.io().getBool(w.layout().indexOf("loop")), "a car waits on the loop");
        assertEquals(0, park(w).inside(), "the barrier is closed");
        w.setInput("barrier", 1);
        List<String> seq = beamSequence(w, 300 + 360 + 1); // 1.5 s barrier, 3 x 0.6 s beams
        assertEquals(List.of("-", "a", "ab", "b", "-"), seq.subList(0, 5));
        assertEquals(1, park(w).inside());
        assertTrue(w.io().getBool(w.layout().indexOf("up")));
    }

    @Test
    void aLeavingCarBreaksBThenBothThenA() {
        World w = park(0, 60, 0, 10, 5);
        List<String> seq = beamSequence(w, 2000);
        assertEquals(List.of("-", "b", "ab", "a", "-"), seq.subList(0, 5));
        assertTrue(park(w).inside() < 5, "cars left without any barrier");
    }

    @Test
    void aCarThatBacksOutBreaksOnlyAAndDoesNotEnter() {
        World w = park(60, 0, 1, 10, 0); // every car backs out
        w.setInput("barrier", 1);
        List<String> seq = beamSequence(w, 6000);
        assertTrue(seq.size() > 8);
        assertTrue(seq.stream().noneMatch(s -> s.contains("b")), "B never broken: " + seq);
        assertEquals(0, park(w).inside());
    }

    @Test
    void theCountersJudgeTheSignTheBarrierAndTheDisplay() {
        World w = park(30, 0, 0, 2, 1);
        w.setInput("full", 1); // lit with a space free: every arriving car is lost
        w.step(6000);
        assertTrue(park(w).lost() > 5, "lost customers: " + park(w).lost());
        w.setInput("full", 0);
        w.setInput("display", 1); // right for one car inside of two
        w.setInput("barrier", 1); // held open: the second car fills it, the third enters anyway
        w.step(1500);
        assertTrue(park(w).inside() >= 2);
        w.step(6000);
        assertTrue(park(w).overfull() > 0, "let in with no space: " + park(w).overfull());
        assertTrue(park(w).miscounts() > 0, "the display stayed at 1");
        assertEquals(0, park(w).barrierHits(), "the barrier never moved over a car");
        w.setInput("barrier", 0);
        w.step(2000);
        w.setInput("barrier", 1);
        w.step(280); // opening: not yet fully open when a waiting car would go
        assertEquals(0, park(w).barrierHits(), "a car waits for the barrier to be fully open");
        w.step(400); // the car drives under it
        w.setInput("barrier", 0); // closing on the car under A
        w.step(200);
        assertEquals(1, park(w).barrierHits());
    }
}
