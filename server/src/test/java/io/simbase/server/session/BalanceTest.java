package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closes that empty one sim thread are evened out by the registry's housekeeping, sessions running on. */
class BalanceTest {
    @TempDir
    Path dir;

    @Test
    void closingEverySessionOfOneThreadMovesHalfTheOthersOver() throws Exception {
        try (SessionRegistry reg = new SessionRegistry(dir, 2, 20, 16, 1 << 20, 10_000_000_000L, System::nanoTime)) {
            Scene scene = Scenes.load("conveyor-basics");
            List<Session> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(reg.create("C", "s" + i, scene, 1, 30));
            }
            SimThread first = reg.threads().get(0);
            SimThread second = reg.threads().get(1);
            List<Session> kept = new ArrayList<>();
            for (Session s : all) {
                if (s.runningOn() == first) {
                    s.submit(x -> x.closeFor(null, 0));
                } else {
                    kept.add(s);
                }
            }
            assertEquals(4, kept.size(), "new sessions alternate between the two threads");
            long end = System.nanoTime() + 10_000_000_000L;
            while (!(first.counters().sessions == 2 && second.counters().sessions == 2) && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertEquals(2, first.counters().sessions, "balanced");
            assertEquals(2, second.counters().sessions);
            long[] before = kept.stream().mapToLong(s -> s.summary().getStep()).toArray();
            Thread.sleep(300);
            for (int i = 0; i < kept.size(); i++) {
                assertTrue(kept.get(i).summary().getStep() > before[i], "session " + i + " runs on after the move");
                assertTrue(!kept.get(i).isClosed());
            }
            assertEquals(2, kept.stream().filter(s -> s.runningOn() == first).count(), "two moved over");
        }
    }
}
