package io.simbase.server.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Each priority asked for on a fresh thread, checked against what the kernel itself shows in
 * /proc/thread-self/sched (policy, prio, se.slice) rather than against our own read-back.
 */
class ThreadSchedulingTest {
    private static final boolean ROOT = new com.sun.security.auth.module.UnixSystem().getUid() == 0;

    /** Runs {@code p} on a new thread; returns its outcome and its /proc sched text. */
    private static String[] onNewThread(ThreadScheduling.Priority p) throws Exception {
        CompletableFuture<String[]> r = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                ThreadScheduling.Outcome o = ThreadScheduling.apply(p);
                r.complete(new String[] {o.description(), String.valueOf(o.applied()),
                        Files.readString(Path.of("/proc/thread-self/sched"))});
            } catch (Throwable e) {
                r.completeExceptionally(e);
            }
        });
        t.start();
        return r.get(10, TimeUnit.SECONDS);
    }

    private static boolean kernelAtLeast(int major, int minor) {
        Matcher m = Pattern.compile("^(\\d+)\\.(\\d+)").matcher(System.getProperty("os.version", ""));
        return m.find() && (Integer.parseInt(m.group(1)) > major
                || (Integer.parseInt(m.group(1)) == major && Integer.parseInt(m.group(2)) >= minor));
    }

    private static long field(String sched, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*:\\s*(-?\\d+)").matcher(sched);
        assertTrue(m.find(), name + " in " + sched);
        return Long.parseLong(m.group(1));
    }

    @Test
    void highAsksForALowerNiceAndAShortSlice() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/thread-self/sched")), "Linux only");
        String[] r = onNewThread(ThreadScheduling.Priority.HIGH);
        String sched = r[2];
        assertEquals("true", r[1], r[0]);
        assertEquals(0, field(sched, "policy"), "still the normal policy");
        // prio 120 is nice 0; as root the thread gets nice -5 (prio 115), otherwise stays at 0.
        assertEquals(ROOT ? 115 : 120, field(sched, "prio"), r[0]);
        if (kernelAtLeast(6, 12)) { // EEVDF with per-thread slices: the kernel shows the slice asked for
            assertEquals(ThreadScheduling.SHORT_SLICE_NANOS, field(sched, "se.slice"), r[0]);
        }
        assertTrue(r[0].contains("slice 0.10 ms"), r[0]);
    }

    @Test
    void realtimeIsFifoWhereItIsPermittedAndHighWhereItIsNot() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/thread-self/sched")), "Linux only");
        String[] r = onNewThread(ThreadScheduling.Priority.REALTIME);
        String sched = r[2];
        if (ROOT) {
            assertEquals(1, field(sched, "policy"), "SCHED_FIFO: " + r[0]);
            assertEquals("SCHED_FIFO priority " + ThreadScheduling.FIFO_PRIORITY, r[0]);
        } else {
            assertEquals(0, field(sched, "policy"));
            assertTrue(r[0].contains("SCHED_FIFO refused"), r[0]);
        }
    }

    @Test
    void normalChangesNothing() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/thread-self/sched")), "Linux only");
        String[] r = onNewThread(ThreadScheduling.Priority.NORMAL);
        assertEquals(0, field(r[2], "policy"));
        assertEquals(120, field(r[2], "prio"));
        assertEquals("false", r[1]);
    }
}
