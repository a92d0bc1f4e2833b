package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/**
 * The pulse meter and the agitator against their models: pulses per volume, mixing time
 * constant and dilution, and the lab's verdict on discharged batches.
 */
class BatchMixerComponentsTest {
    private static final double FLOW_A = 0.0005;
    private static final double FLOW_B = 0.00025;
    private static final double PER_PULSE = 0.0001;
    private static final double MIX_TAU = 3;

    private static World vessel() {
        return TestScenes.parse("scene: b\nstep_ms: 5\ntags:\n"
                + "  - {name: a, type: bool, dir: actuator}\n"
                + "  - {name: b, type: bool, dir: actuator}\n"
                + "  - {name: mix, type: bool, dir: actuator}\n"
                + "  - {name: heat, type: bool, dir: actuator}\n"
                + "  - {name: drain, type: bool, dir: actuator}\n"
                + "  - {name: pa, type: bool, dir: sensor}\n"
                + "  - {name: good, type: int, dir: sensor}\n"
                + "  - {name: bad, type: int, dir: sensor}\n"
                + "components:\n"
                + "  - {id: pump_a, type: pump, flow: " + FLOW_A + ", run: a}\n"
                + "  - {id: pump_b, type: pump, flow: " + FLOW_B + ", run: b}\n"
                + "  - {id: meter_a, type: pulse_meter, line: pump_a, per_pulse: " + PER_PULSE + ", pulse: pa}\n"
                + "  - {id: out, type: drain_valve, orifice: 0.002, tag: drain}\n"
                + "  - {id: jacket, type: heater, ambient: 20, gain: 60, tau: 40, power: heat}\n"
                + "  - {id: vessel, type: tank, at: [0, 0], area: 0.1, height: 0.6, inlets: [pump_a, pump_b], outlets: [out]}\n"
                + "  - {id: agitator, type: agitator, tank: vessel, a: pump_a, b: pump_b, heater: jacket, run: mix,"
                + " good: good, bad: bad, volume: 0.03, ratio: 2, tolerance: 0.02, min_temp: 45, blade: 0.05, mix_tau: "
                + MIX_TAU + "}\n").newWorld();
    }

    private static Agitator agitator(World w) {
        return (Agitator) w.component("agitator");
    }

    /** Runs until the count of rising edges of pa reaches n; returns the steps taken. */
    private static long countPulses(World w, int n) {
        int pa = w.layout().indexOf("pa");
        boolean last = w.io().getBool(pa);
        int edges = 0;
        long steps = 0;
        while (edges < n) {
            w.step();
            steps++;
            boolean now = w.io().getBool(pa);
            if (now && !last) {
                edges++;
            }
            last = now;
        }
        return steps;
    }

    @Test
    void thePulseMeterGivesOnePulsePerVolumeOnForItsSecondHalf() {
        World w = vessel();
        w.setInput("a", 1);
        long steps = countPulses(w, 100);
        PulseMeter m = (PulseMeter) w.component("meter_a");
        assertEquals(99.5 * PER_PULSE, m.totalM3(), FLOW_A * 0.005 + 1e-12, "the 100th edge after 99.5 pulses");
        assertEquals(99.5 * PER_PULSE / FLOW_A, steps * 0.005, 0.0051, "at the flow's rate");
        assertEquals(99, m.pulses());
        w.setInput("a", 0);
        w.step(1000);
        assertEquals(m.totalM3(), ((PulseMeter) w.component("meter_a")).totalM3(), 0, "no flow, no pulses");
    }

    @Test
    void mixingRisesWithItsTimeConstantOnceTheBladeIsCoveredAndFreshLiquidDilutesIt() {
        World w = vessel();
        w.setInput("mix", 1);
        w.setInput("a", 1);
        w.step(600); // 3 s: 1.5 l, level 0.015 m, the blade (0.05 m) not covered
        assertEquals(0, agitator(w).mixed(), 0, "no mixing below the blade");
        w.step(1800); // 12 s in all: 6 l, 0.06 m
        w.setInput("a", 0);
        w.step(1); // the last drop in
        double m0 = agitator(w).mixed();
        w.step(600); // 3 s: one time constant
        assertEquals(1 - (1 - m0) * Math.exp(-1), agitator(w).mixed(), 1e-9, "tau dm/dt = 1 - m");
        double m1 = agitator(w).mixed();
        double volume = agitator(w).volumeA() + agitator(w).volumeB();
        w.setInput("b", 1);
        w.setInput("mix", 0);
        w.step(400); // 2 s of B: 0.5 l
        w.setInput("b", 0);
        double added = FLOW_B * 2;
        assertEquals(m1 * volume / (volume + added), agitator(w).mixed(), 1e-3, "diluted by the fresh liquid");
    }

    @Test
    void theLabCountsABatchGoodOnlyWhenVolumeRatioMixingAndTemperatureAreInSpec() {
        World w = vessel();
        int good = w.layout().indexOf("good");
        int bad = w.layout().indexOf("bad");
        w.setInput("heat", 1);
        w.setInput("a", 1);
        w.step(8000); // 40 s: 20 l of A
        w.setInput("a", 0);
        w.setInput("b", 1);
        w.step(8000); // 40 s: 10 l of B
        w.setInput("b", 0);
        w.setInput("heat", 0);
        w.setInput("mix", 1);
        w.step(3000); // 15 s: mixed
        assertEquals(2.0, agitator(w).volumeA() / agitator(w).volumeB(), 1e-9);
        assertTrue(agitator(w).mixed() >= Agitator.MIXED);
        w.setInput("mix", 0);
        w.setInput("drain", 1);
        w.step(20_000); // empty again
        assertEquals(1, w.io().get(good), 0, "in spec");
        assertEquals(0, w.io().get(bad), 0);
        assertEquals(0, agitator(w).volumeA() + agitator(w).volumeB(), 1e-12, "the next batch starts empty");

        w.setInput("drain", 0); // the same again, unheated and not mixed: bad
        w.setInput("a", 1);
        w.step(8000);
        w.setInput("a", 0);
        w.setInput("b", 1);
        w.step(8000);
        w.setInput("b", 0);
        w.step(10_000); // the jacket cools below 45 C
        w.setInput("drain", 1);
        w.step(20_000);
        assertEquals(1, w.io().get(good), 0);
        assertEquals(1, w.io().get(bad), 0, "not mixed and not hot: out of spec");
    }

    @Test
    void aJammedAgitatorDoesNotMix() {
        World w = vessel();
        w.setInput("a", 1);
        w.step(4000);
        w.setInput("a", 0);
        w.injectFault("agitator", "jammed", 0);
        w.setInput("mix", 1);
        w.step(2000);
        assertEquals(0, agitator(w).mixed(), 0);
        assertFalse(agitator(w).mixed() > 0);
    }
}
