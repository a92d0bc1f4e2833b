package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/**
 * The load cell against its model: a first-order settling to the mass of the parts on its
 * section, Gaussian noise of the given standard deviation around it, nothing for a part off the
 * section, a pulse for a part carried across it.
 */
class LoadCellTest {
    private static final double MASS = 0.8;
    private static final double SETTLE_S = 0.2;

    /** A 2 m belt; the cell weighs x in [0.9, 1.1]; the feeder puts one 0.8 kg part down at {@code feedX}. */
    private static World scale(double feedX, double noise) {
        return TestScenes.parse("scene: s\nstep_ms: 5\nseed: 3\nmax_parts: 8\n"
                + "parts:\n  - {name: heavy, shape: box, size: [0.1, 0.1, 0.05], material: metal, mass: " + MASS + "}\n"
                + "tags:\n  - {name: run, type: bool, dir: actuator}\n"
                + "  - {name: weight, type: real, dir: sensor, range: [0, 5]}\n"
                + "components:\n  - {id: belt, type: belt, at: [1.0, 0], length: 2.0, width: 0.2, height: 0.8, speed: 0.2, run: run}\n"
                + "  - {id: feeder, type: emitter, at: [" + feedX + ", 0.0], interval_s: 1, limit: 1, sequence: [heavy]}\n"
                + "  - {id: cell, type: load_cell, at: [1.0, 0.0, 0.8], size: [0.2, 0.2], weight: weight, settle_s: "
                + SETTLE_S + ", noise: " + noise + "}\n").newWorld();
    }

    private static double weight(World w) {
        return w.io().get(w.layout().indexOf("weight"));
    }

    @Test
    void theReadingSettlesToThePartsMassWithItsTimeConstant() {
        World w = scale(1.0, 0);
        int steps = 0;
        while (weight(w) == 0 && steps < 1000) {
            w.step();
            steps++;
        }
        double d = Math.exp(-0.005 / SETTLE_S);
        assertEquals(MASS * (1 - d), weight(w), 1e-9, "the first step on the cell");
        w.step(40); // one time constant more
        assertEquals(MASS * (1 - Math.pow(d, 41)), weight(w), 1e-9);
        w.step(1_000);
        assertEquals(MASS, weight(w), 1e-9, "settled");
    }

    @Test
    void theNoiseHasItsStandardDeviationAroundTheMass() {
        World w = scale(1.0, 0.01);
        w.step(1_000); // settled
        int n = 20_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            w.step();
            double e = weight(w) - MASS;
            sum += e;
            sumSq += e * e;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        assertEquals(0, mean, 0.0005, "unbiased");
        assertEquals(0.01, sd, 0.0005, "standard deviation");
    }

    @Test
    void aPartOffTheSectionWeighsNothingAndAPartCarriedAcrossGivesAPulse() {
        World w = scale(0.3, 0);
        w.step(1_000);
        assertEquals(0, weight(w), 0, "the part rests at x = 0.3, off the section");
        w.setInput("run", 1);
        double peak = 0;
        for (int i = 0; i < 2_000; i++) { // 10 s at 0.2 m/s: across the section and off the belt's end
            w.step();
            peak = Math.max(peak, weight(w));
        }
        assertTrue(peak > 0.99 * MASS && peak <= MASS, "the peak while the part crosses (1 s on the section): " + peak);
        assertTrue(weight(w) < 0.001, "it has left: " + weight(w));
    }
}
