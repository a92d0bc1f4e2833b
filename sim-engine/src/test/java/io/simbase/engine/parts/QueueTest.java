package io.simbase.engine.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueTest {
    private static final double TOLERANCE = 1e-4; // 0.1 mm

    private static World queueWorld() {
        return TestScenes.parse(TestScenes.beltScene(4.0, 0.3,
                "  - {name: up, type: bool, dir: actuator}\n",
                "  - {id: stop, type: stopper, at: [3.5, 0, 0.8], size: [0.01, 0.2, 0.03], t_travel: 0.05, raise: up}\n"))
                .newWorld();
    }

    @ParameterizedTest(name = "{0} parts")
    @ValueSource(ints = {2, 12, 50})
    void partsQueueAgainstStopperWithoutOverlapping(int n) {
        World w = queueWorld();
        PartSystem p = w.parts();
        w.setInput("up", 1);
        w.setInput("run", 1);
        for (int i = 0; i < n; i++) {
            p.spawn(i % 2, 0.1 + i * 0.065, (i % 3 - 1) * 0.01, 0.8);
        }
        w.step(4000); // 20 s: everything has arrived
        assertEquals(n, p.liveCount());
        double[] xs = new double[n];
        int k = 0;
        for (int s = 0; s < p.capacity(); s++) {
            if (p.alive(s)) {
                xs[k++] = p.x(s);
            }
        }
        java.util.Arrays.sort(xs);
        // Front part rests on the stopper face (x = 2.495), each next one against the one ahead.
        assertEquals(3.495 - 0.025, xs[n - 1], TOLERANCE, "front part against the stopper");
        for (int i = 0; i < n - 1; i++) {
            double gap = xs[i + 1] - xs[i] - 0.05;
            assertTrue(gap > -TOLERANCE, "overlap of " + (-gap) + " m between parts " + i + " and " + (i + 1));
            assertTrue(gap < TOLERANCE, "gap of " + gap + " m: parts should be pressed together");
        }
        for (int s = 0; s < p.capacity(); s++) {
            if (p.alive(s)) {
                assertTrue(Math.abs(p.vx(s)) < 0.02, "queued parts are (almost) at rest, vx=" + p.vx(s));
            }
        }
        // Stop the belt: the queue stays put and still does not overlap.
        w.setInput("run", 0);
        w.step(400);
        double[] after = new double[n];
        k = 0;
        for (int s = 0; s < p.capacity(); s++) {
            if (p.alive(s)) {
                after[k++] = p.x(s);
            }
        }
        java.util.Arrays.sort(after);
        for (int i = 0; i < n - 1; i++) {
            assertTrue(after[i + 1] - after[i] - 0.05 > -TOLERANCE);
        }
        // Lower the stopper and run: the queue moves on.
        w.setInput("up", 0);
        w.setInput("run", 1);
        w.step(400);
        double maxX = 0;
        for (int s = 0; s < p.capacity(); s++) {
            if (p.alive(s)) {
                maxX = Math.max(maxX, p.x(s));
            }
        }
        assertTrue(maxX > 3.6, "released queue moves past the stopper");
    }
}
