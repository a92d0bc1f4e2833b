package io.simbase.engine.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts queued by type for an emitter ({@link World#queuePart}): order, replay, snapshots, refusals, no garbage. */
class QueuedPartsTest {
    private static final String[] LIST = {"tall_plastic", "short_metal", "tall_plastic", "tall_plastic", "tall_metal"};

    /** Part type names in the order the world created them. */
    private static List<String> createdTypes(World w, long steps) {
        List<String> created = new ArrayList<>();
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                created.add(w.scene().partTypes().get((int) value).name());
            }
        });
        w.step(steps);
        return created;
    }

    private static World running(Scene s, long seed) {
        World w = s.newWorld(seed);
        assertTrue(w.setInput("belt_run", 1).isOk());
        return w;
    }

    @Test
    void theEmitterReleasesTheQueuedTypesInOrderThenItsSeededMixAgain() throws Exception {
        Scene s = Scenes.load("sorting-station");
        World queued = running(s, 7);
        for (String t : LIST) {
            assertTrue(queued.queuePart("feeder", t).isOk());
        }
        assertEquals(LIST.length, queued.queuedParts(queued.component("feeder").index()));
        List<String> got = createdTypes(queued, 8_000); // 40 s: 16 parts at 2.5 s
        assertTrue(got.size() > LIST.length + 5, "parts after the list: " + got);
        assertEquals(List.of(LIST), got.subList(0, LIST.length));
        assertEquals(0, queued.queuedParts(queued.component("feeder").index()));
        List<String> plain = createdTypes(running(s, 7), LIST.length * 500L); // the same time without the list
        assertNotEquals(List.of(LIST), plain.subList(0, LIST.length), "the seeded mix alone gives other types");
    }

    @Test
    void aPartQueuedLaterReplacesTheNextChoiceAndReplaysWithTheSameHashes() throws Exception {
        Scene s = Scenes.load("sorting-station");
        long[][] runs = new long[2][];
        for (int r = 0; r < 2; r++) {
            World w = running(s, 3);
            long[] hashes = new long[6_000];
            for (int i = 0; i < hashes.length; i++) {
                if (i == 1_000) { // 5 s: the next part (released at 7.5 s) is queued
                    assertTrue(w.queuePart("feeder", "tall_metal").isOk());
                    assertTrue(w.queuePart("feeder", "short_plastic").isOk());
                }
                w.step();
                hashes[i] = w.stateHash();
            }
            runs[r] = hashes;
        }
        assertArrayEquals(runs[0], runs[1]);
        World plain = running(s, 3);
        plain.step(1_000);
        assertEquals(plain.stateHash(), runs[0][999], "the same state until the queue");
        plain.step();
        assertNotEquals(plain.stateHash(), runs[0][1_000], "the queue is part of the state from the step it is applied");
    }

    @Test
    void aSnapshotCarriesTheQueueAndAnEmptyQueueAddsNothing() throws Exception {
        Scene s = Scenes.load("sorting-station");
        World w = running(s, 5);
        w.step(100);
        byte[] before = w.snapshot();
        assertTrue(w.queuePart("feeder", "tall_metal").isOk());
        assertTrue(w.queuePart("feeder", "tall_metal").isOk());
        byte[] withQueue = w.snapshot();
        assertTrue(withQueue.length > before.length, "the queue is in the snapshot");

        World copy = s.newWorld(5);
        copy.restore(withQueue);
        assertEquals(w.stateHash(), copy.stateHash());
        assertEquals(List.of("tall_metal", "tall_metal"), createdTypes(copy, 1_000).subList(0, 2));
        copy.restore(before);
        assertEquals(0, copy.queuedParts(copy.component("feeder").index()), "a snapshot without a queue empties it");
    }

    @Test
    void refusesAnUnknownSourceAComponentThatReleasesNoPartsAndAnUnknownType() throws Exception {
        World w = Scenes.load("sorting-station").newWorld();
        long hash = w.stateHash();
        Outcome noSuch = w.queuePart("hopper", "tall_metal");
        assertEquals(Outcome.Code.UNKNOWN_COMPONENT, noSuch.code());
        Outcome belt = w.queuePart("entry_belt", "tall_metal");
        assertEquals(Outcome.Code.NOT_APPLICABLE, belt.code());
        assertTrue(belt.message().contains("only an emitter"), belt.message());
        Outcome type = w.queuePart("feeder", "tall_wood");
        assertEquals(Outcome.Code.UNKNOWN_PART_TYPE, type.code());
        assertTrue(type.message().contains("short_metal, short_plastic, tall_metal, tall_plastic"), type.message());
        assertEquals(hash, w.stateHash(), "a refusal changes nothing");
    }

    @Test
    void stepsReleasingQueuedPartsAllocateNothing() throws Exception {
        World w = running(Scenes.load("sorting-station"), 1);
        for (int i = 0; i < 100; i++) {
            assertTrue(w.queuePart("feeder", LIST[i % LIST.length]).isOk());
        }
        w.step(4_000); // warm
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 20_000; i++) {
            w.step();
            w.stateHash();
        }
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 4096, "20000 steps allocated " + allocated + " bytes");
        int left = w.queuedParts(w.component("feeder").index());
        assertTrue(left > 0 && left < 100 - 40, "the queue was drawn from while measured: " + left + " left");
    }
}
