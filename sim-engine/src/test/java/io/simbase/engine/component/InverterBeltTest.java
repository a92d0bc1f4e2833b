package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/** The inverter belt against its model: linear ramps, speed proportional to frequency, the encoder's count. */
class InverterBeltTest {
    private static final double MAX_HZ = 50;
    private static final double SPEED_MAX = 0.4;
    private static final double RAMP_S = 1;
    private static final double PPM = 3700;

    private static World belt(long wrap, String extra) {
        return TestScenes.parse("scene: b\nstep_ms: 5\nmax_parts: 4\n"
                + "parts:\n  - {name: p, shape: box, size: [0.04, 0.04, 0.02], colour: white}\n"
                + "tags:\n"
                + "  - {name: run, type: bool, dir: actuator}\n"
                + "  - {name: rev, type: bool, dir: actuator}\n"
                + "  - {name: hz, type: real, dir: actuator, range: [0, 100]}\n"
                + "  - {name: enc, type: int, dir: sensor}\n"
                + "  - {name: hz_out, type: real, dir: sensor, range: [0, 50]}\n"
                + "components:\n"
                + "  - {id: b1, type: inverter_belt, at: [1, 0], length: 2, width: 0.1, height: 0.8, max_hz: " + MAX_HZ
                + ", speed_max: " + SPEED_MAX + ", ramp_s: " + RAMP_S + ", pulses_per_m: " + PPM + ", wrap: " + wrap
                + ", run: run, reverse: rev, hz: hz, encoder: enc, hz_out: hz_out}\n" + extra).newWorld();
    }

    private static double get(World w, String tag) {
        return w.io().get(w.layout().indexOf(tag));
    }

    @Test
    void theOutputFrequencyRampsLinearlyToTheSetpointAndBackToZero() {
        World w = belt(32768, "");
        w.setInput("hz", 30);
        w.setInput("run", 1);
        w.step(60); // 0.3 s: 50 Hz/s for 0.3 s
        assertEquals(15, get(w, "hz_out"), 1e-9);
        w.step(60); // 0.6 s: there
        assertEquals(30, get(w, "hz_out"), 1e-9);
        w.step(100);
        assertEquals(30, get(w, "hz_out"), 1e-9, "holds the setpoint");
        InverterBelt b = (InverterBelt) w.component("b1");
        assertEquals(SPEED_MAX * 30 / MAX_HZ, b.speedMps(), 1e-12, "speed proportional to frequency");
        w.setInput("hz", 80);
        w.step(400);
        assertEquals(MAX_HZ, get(w, "hz_out"), 1e-9, "clamped at max_hz");
        w.setInput("run", 0);
        w.step(100); // 0.5 s down from 50 Hz
        assertEquals(25, get(w, "hz_out"), 1e-9, "the deceleration ramp");
        w.step(100);
        assertEquals(0, get(w, "hz_out"), 1e-9);
    }

    @Test
    void theEncoderCountsThePulsesOfTheTravelRampIncluded() {
        World w = belt(1_000_000_000, "");
        w.setInput("hz", 40);
        w.setInput("run", 1);
        w.step(2000); // 10 s
        // ramp to 40 Hz takes 0.8 s at average 20 Hz, then 9.2 s at 40 Hz
        double travel = SPEED_MAX * (0.8 * 20 + 9.2 * 40) / MAX_HZ;
        assertEquals(Math.floor(travel * PPM), get(w, "enc"), 1.0);
    }

    @Test
    void theCounterWrapsAndCountsDownInReverse() {
        World w = belt(1000, "");
        w.setInput("hz", 50);
        w.setInput("run", 1);
        double max = 0;
        for (int i = 0; i < 400; i++) {
            w.step();
            max = Math.max(max, get(w, "enc"));
            assertTrue(get(w, "enc") >= 0 && get(w, "enc") < 1000, "within [0, wrap)");
        }
        assertTrue(max >= 990, "it went round: " + max);
        long before = Math.round(get(w, "enc"));
        w.setInput("run", 0);
        w.step(400);
        long stopped = Math.round(get(w, "enc"));
        w.setInput("rev", 1);
        w.setInput("hz", 5);
        w.setInput("run", 1);
        w.step(400); // 0.1 s ramp to 5 Hz, then 1.9 s at 0.04 m/s
        double back = SPEED_MAX * (0.1 * 2.5 + 1.9 * 5) / MAX_HZ * PPM;
        assertEquals(Math.floorMod(stopped - Math.round(back), 1000), get(w, "enc"), 2.0, "counted down");
        assertTrue(before != stopped, "it ran on during the ramp down");
    }

    @Test
    void aPartOnTheBeltTravelsWhatTheEncoderCounts() {
        World w = belt(1_000_000_000, "  - {id: feed, type: emitter, at: [0.2, 0], interval_s: 100, limit: 1,"
                + " sequence: [p]}\n");
        w.step(100); // the part settles on the belt
        PartSystem parts = w.parts();
        int slot = 0;
        while (!parts.alive(slot)) {
            slot++;
        }
        double x0 = parts.x(slot);
        double count0 = get(w, "enc");
        w.setInput("hz", 35);
        w.setInput("run", 1);
        w.step(800); // 4 s: about 1 m
        double moved = parts.x(slot) - x0;
        double counted = (get(w, "enc") - count0) / PPM;
        assertTrue(moved > 0.9, "it moved " + moved);
        assertEquals(counted, moved, 0.005, "tracking by encoder is good to 5 mm");
    }
}
