package io.simbase.engine.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PublishedStateTest {
    @Test
    void readersOnOtherThreadsNeverSeeATornState() throws Exception {
        // A belt at 1 cm/s carries one part: its published x must always equal the value that
        // belongs to the published step (x = x0 + v * step * dt: it starts at belt speed).
        World w = TestScenes.parse(TestScenes.beltScene(40.0, 0.01, "", "")).newWorld();
        w.setInput("run", 1);
        w.parts().spawn(0, 1.0, 0, 0.8);
        w.parts().place(0, 1.0, 0, 0.8, 0.01, 0);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicLong reads = new AtomicLong();
        Thread reader = new Thread(() -> {
            PublishedState view = w.published().newView();
            while (!stop.get()) {
                w.published().readInto(view);
                if (view.partCount() == 1 && view.step() > 0) {
                    double expected = 1.0 + view.step() * w.dtSeconds() * 0.01;
                    if (Math.abs(view.partX(0) - expected) > 1e-6) {
                        failure.compareAndSet(null, "step " + view.step() + " x " + view.partX(0) + " expected " + expected);
                    }
                    if (view.tag(0) != 1) {
                        failure.compareAndSet(null, "run tag not 1 at step " + view.step());
                    }
                }
                reads.incrementAndGet();
            }
        });
        reader.start();
        for (int i = 0; i < 200_000; i++) {
            w.step();
        }
        stop.set(true);
        reader.join();
        assertEquals(null, failure.get());
        assertTrue(reads.get() > 0);
    }
}
