package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consumer against its model: demand steps at fixed times, the tank's mass balance, an empty tank. */
class ConsumerTest {
    private static final double AREA = 0.5;
    private static final double MIN = 0.002;
    private static final double MAX = 0.006;

    private static World tank(double level, double fillFlow, double intervalSeconds) {
        return scene(level, fillFlow, intervalSeconds).newWorld();
    }

    private static Scene scene(double level, double fillFlow, double intervalSeconds) {
        return TestScenes.parse("scene: c\nstep_ms: 5\nseed: 4\ntags:\n"
                + "  - {name: fill, type: real, dir: actuator, range: [0, 100]}\n"
                + "  - {name: flow, type: real, dir: sensor, range: [0, 10]}\n"
                + "components:\n"
                + "  - {id: in, type: supply_valve, flow: " + fillFlow + ", tag: fill}\n"
                + "  - {id: user, type: consumer, min: " + MIN + ", max: " + MAX + ", initial: 0.004, interval_s: "
                + intervalSeconds + ", flow: flow}\n"
                + "  - {id: tank, type: tank, at: [0, 0], area: " + AREA + ", height: 3, level: " + level
                + ", inlets: [in], outlets: [user]}\n");
    }

    private static double get(World w, String tag) {
        return w.io().get(w.layout().indexOf(tag));
    }

    private static double level(World w) {
        return ((Tank) w.component("tank")).levelM();
    }

    private static double demand(World w) {
        return ((Consumer) w.component("user")).demandM3s();
    }

    @Test
    void theDemandHoldsForAnIntervalThenStepsToAValueInItsRange() {
        World w = tank(1.5, 0.01, 2);
        w.step(399); // 1.995 s: still the initial demand
        assertEquals(0.004, demand(w), 0);
        List<Double> seen = new ArrayList<>();
        for (int change = 0; change < 50; change++) {
            w.step(1); // the change step
            double d = demand(w);
            seen.add(d);
            assertTrue(d >= MIN && d <= MAX, "demand " + d + " within [min, max]");
            w.step(399);
            assertEquals(d, demand(w), 0, "held for the whole interval");
        }
        assertTrue(seen.stream().distinct().count() > 45, "the sizes vary: " + seen);
        double mean = seen.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertEquals((MIN + MAX) / 2, mean, 0.0006, "uniform over the range");
    }

    @Test
    void theSameSeedGivesTheSameDemandsAndAnotherSeedOthers() {
        World a = tank(1.5, 0.01, 1);
        World b = tank(1.5, 0.01, 1);
        World other = scene(1.5, 0.01, 1).newWorld(99);
        double[] da = new double[20];
        double[] db = new double[20];
        double[] dOther = new double[20];
        for (int i = 0; i < 20; i++) {
            a.step(200);
            b.step(200);
            other.step(200);
            da[i] = demand(a);
            db[i] = demand(b);
            dOther[i] = demand(other);
        }
        assertArrayEquals(da, db, 0);
        assertNotEquals(da[5], dOther[5]);
    }

    @Test
    void theLevelFollowsTheMassBalanceOfFillAndDemand() {
        World w = tank(1.5, 0.01, 1000);
        w.setInput("fill", 30); // 3 l/s in against 4 l/s out
        w.step(2000); // 10 s
        assertEquals(1.5 + (0.003 - 0.004) * 10 / AREA, level(w), 1e-9, "A dh/dt = Qin - Qc");
        assertEquals(4.0, get(w, "flow"), 1e-12, "the flow meter reads the delivered flow in l/s");
    }

    @Test
    void anEmptyTankDeliversOnlyWhatFlowsIn() {
        World w = tank(0.01, 0.01, 1000);
        w.setInput("fill", 10); // 1 l/s in against 4 l/s out: empty after about 1.7 s
        w.step(1000);
        assertEquals(0, level(w), 0);
        assertEquals(1.0, get(w, "flow"), 1e-9, "a dry tank passes on only the inflow");
        Consumer user = (Consumer) w.component("user");
        assertEquals(0.001, user.deliveredM3s(), 1e-12, "it runs dry: less than its demand");
        assertEquals(0.004, user.demandM3s(), 0);
        w.setInput("fill", 100); // 10 l/s: fills again, the full demand is delivered
        w.step(200);
        assertTrue(level(w) > 0);
        assertEquals(4.0, get(w, "flow"), 1e-9);
    }

    @Test
    void aRestoredSnapshotChangesTheDemandAtTheSameStepToTheSameValue() {
        World a = tank(1.5, 0.01, 1);
        a.setInput("fill", 40);
        a.step(150); // 0.75 s into the first interval
        World b = scene(1.5, 0.01, 1).newWorld(777);
        b.restore(a.snapshot());
        a.step(100);
        b.step(100);
        assertNotEquals(0.004, demand(a), "changed at 1 s");
        assertEquals(demand(a), demand(b), 0);
        assertEquals(a.stateHash(), b.stateHash());
    }
}
