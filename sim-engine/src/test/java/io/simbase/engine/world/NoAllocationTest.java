package io.simbase.engine.world;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.scene.Scenes;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The step allocates nothing in steady state (STYLE.md: the hot path makes no garbage). Counted
 * with the JVM's per-thread allocation counter, not timed: the figure does not depend on how busy
 * the machine is. JMH with the GC profiler gives the same answer in BENCHMARKS.md.
 */
class NoAllocationTest {
    @ParameterizedTest
    @ValueSource(strings = {"conveyor-basics", "motor-control", "traffic-light", "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight", "sort-encoder", "pick-and-place", "tank-level", "tank-pid", "batch-mixer", "elevator", "car-park", "production-line"})
    void steadyStateStepsAllocateNothing(String id) throws Exception {
        World w = Scenes.load(id).newWorld();
        if (w.layout().indexOf("vacuum_ok") >= 0) {
            w.setInput("belt_run", 1); // pick-and-place: the cup lowered onto the first part, sucking, holding it
            w.setInput("z_lower", 1);
            w.setInput("vacuum", 1);
        } else if (w.layout().indexOf("stop_up") >= 0) {
            w.setInput("belt_run", 1); // silo-fill: boxes held under the spout, the valve open, overflowing
            w.setInput("stop_up", 1);
            w.setInput("fill_valve", 1);
        } else if (w.layout().indexOf("belt_run") >= 0) {
            w.setInput("belt_run", 1);
            if (w.layout().indexOf("belt_hz") >= 0) {
                w.setInput("belt_hz", 30); // the inverter belt: parts fed, the encoder counting
            }
        } else if (w.layout().indexOf("car_green") >= 0) {
            w.setInput("car_green", 1); // random traffic: counters change, the RNG runs
        } else if (w.layout().indexOf("infeed_run") >= 0) {
            w.setInput("infeed_run", 1); // the blade up: boxes queue, touching, the belt sliding under them
            w.setInput("outfeed_run", 1);
            w.setInput("blade_up", 1);
        } else if (w.layout().indexOf("door_up") >= 0) {
            w.setInput("door_up", 1); // open, then closing onto an obstacle: a hit, an event; passers-by draw
            w.step(2_700);
            w.setInput("door_up", 0);
            w.setInput("door_down", 1);
            w.injectFault("door", "obstacle", 0);
        } else if (w.layout().indexOf("k1") >= 0) {
            w.setInput("k1", 1); // a direct-on-line start with the rotor locked: the relay trips, an event
            w.setInput("k_delta", 1);
            w.injectFault("m1", "jammed", 0);
        } else if (w.layout().indexOf("beam_a") >= 0) {
            w.setInput("barrier", 1); // random cars pass the beams: their edges are events
        } else if (w.layout().indexOf("door_open") >= 0) {
            w.setInput("up", 1); // the car runs into the overtravel limit with its door opening: alarms
            w.setInput("door_open", 1);
        } else if (w.layout().indexOf("pump_a") >= 0) {
            w.setInput("pump_a", 1); // both pumps with pulses, mixing, heating: overflows, an alarm
            w.setInput("pump_b", 1);
            w.setInput("mixer", 1);
            w.setInput("heater", 1);
        } else {
            w.setInput("fill_valve", 100); // fills past the high switch within the run: an edge
            w.injectFault("level", FaultKind.NOISE, 0.01); // exercises the RNG too
        }
        long[] events = {0};
        w.setEventSink((step, kind, subject, value) -> events[0]++);
        w.step(4000); // parts in flight, JIT warm
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 20_000; i++) {
            w.step();
            w.stateHash();
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 4096, id + ": 20000 steps allocated " + allocated + " bytes");
        assertTrue(events[0] > 0, "the run produced events");
    }

    /**
     * production-line with parts flowing through every station while counted: the magazine's
     * cylinder pushes a part every 2 s, the press comes down every 2 s on whatever passes under
     * it (damaged parts: events), both belts run and the pushers stay in, so every part reaches
     * the reject bin.
     */
    @Test
    void theProductionLineWithPartsFlowingAllocatesNothing() throws Exception {
        World w = Scenes.load("production-line").newWorld();
        int push = w.layout().indexOf("feed_push");
        int press = w.layout().indexOf("press_down");
        w.setInput("conveyor_run", 1);
        w.setInput("belt_run", 1);
        w.setInput("belt_hz", 30);
        long[] events = {0};
        w.setEventSink((step, kind, subject, value) -> events[0]++);
        for (int i = 0; i < 4000; i++) {
            drive(w, push, press, i);
        }
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        for (int i = 4000; i < 24_000; i++) {
            drive(w, push, press, i);
            w.stateHash();
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 4096, "production-line: 20000 steps allocated " + allocated + " bytes");
        assertTrue(w.io().get(w.layout().indexOf("reject_count")) >= 40, "parts went through the whole line");
        assertTrue(events[0] > 0, "the run produced events");
    }

    private static void drive(World w, int push, int press, int step) {
        int phase = step % 400;
        w.setInput(push, phase < 80 ? 1 : 0);
        w.setInput(press, phase >= 200 && phase < 300 ? 1 : 0);
        w.step();
    }
}
