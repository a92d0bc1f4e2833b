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

    private static boolean allPast(List<Session> sessions, long[] steps) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).status().step() <= steps[i]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void closingEverySessionOfOneThreadMovesHalfTheOthersOver() throws Exception {
        try (SessionRegistry reg = new SessionRegistry(dir, 2, 20, 16, 1 << 20, 10_000_000_000L, System::nanoTime)) {
            Scene scene = Scenes.load("conveyor-basics");
            List<Session> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(reg.create("C", "s" + i, scene, 1, 30));
            }
            long settle = System.nanoTime() + 10_000_000_000L;
            while (reg.threads().get(0).counters().sessions + reg.threads().get(1).counters().sessions != 8
                    && System.nanoTime() < settle) {
                Thread.sleep(20);
            }
            // Empty the thread with fewer sessions (the creation order need not alternate exactly).
            SimThread first = reg.threads().get(0).counters().sessions <= reg.threads().get(1).counters().sessions
                    ? reg.threads().get(0) : reg.threads().get(1);
            SimThread second = first == reg.threads().get(0) ? reg.threads().get(1) : reg.threads().get(0);
            List<Session> kept = new ArrayList<>();
            for (Session s : all) {
                if (s.runningOn() == first) {
                    s.submit(new SessionCommand.Close(null), CommandReply.NONE);
                } else {
                    kept.add(s);
                }
            }
            int k = kept.size();
            assertTrue(k >= 4, "the fuller thread keeps at least half: " + k);
            int expectFirst = k / 2;
            long end = System.nanoTime() + 10_000_000_000L;
            while (!(first.counters().sessions == expectFirst && second.counters().sessions == k - expectFirst)
                    && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertEquals(expectFirst, first.counters().sessions, "balanced");
            assertEquals(k - expectFirst, second.counters().sessions);
            long[] before = kept.stream().mapToLong(s -> s.status().step()).toArray();
            long runDeadline = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < runDeadline && !allPast(kept, before)) {
                Thread.sleep(20);
            }
            for (int i = 0; i < kept.size(); i++) {
                assertTrue(kept.get(i).status().step() > before[i], "session " + i + " runs on after the move");
                assertTrue(!kept.get(i).isClosed());
            }
            assertEquals(expectFirst, kept.stream().filter(s -> s.runningOn() == first).count(), "moved over");
        }
    }
}
