package io.simbase.bridge.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.PtyPair;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blocking wait for input on a real pty: it sleeps until a byte comes, and no longer than asked. */
class JsscSerialLinkWaitTest {
    @TempDir
    Path dir;

    @Test
    void onLinuxTheWaitBlocksOnThePortsDescriptor() throws Exception {
        try (PtyPair pty = new PtyPair(dir); JsscSerialLink a = JsscSerialLink.open(LineSettings.of8N1(pty.a(), 19200))) {
            assertTrue(a.blocksOnDescriptor(), "poll(2) unavailable: " + InputWait.UNAVAILABLE);
        }
    }

    @Test
    void aByteFromThePeerEndsTheWait() throws Exception {
        try (PtyPair pty = new PtyPair(dir);
             JsscSerialLink a = JsscSerialLink.open(LineSettings.of8N1(pty.a(), 19200));
             JsscSerialLink b = JsscSerialLink.open(LineSettings.of8N1(pty.b(), 19200))) {
            long timeout = TimeUnit.SECONDS.toNanos(30);
            CompletableFuture<Integer> waited = CompletableFuture.supplyAsync(() -> {
                try {
                    return a.awaitInput(timeout, timeout);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            Thread.sleep(100); // let the waiter go to sleep in the kernel first
            assertFalse(waited.isDone(), "returned before any byte was sent");
            b.write(new byte[] {0x11, 0x22, 0x33}, 0, 3);
            int n = waited.get(20, TimeUnit.SECONDS);
            assertTrue(n >= 1, "woke with " + n + " bytes");
            byte[] got = new byte[3];
            int read = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (read < 3 && System.nanoTime() < end) {
                a.awaitInput(TimeUnit.MILLISECONDS.toNanos(100), TimeUnit.MILLISECONDS.toNanos(1));
                read += a.read(got, read, 3 - read);
            }
            assertArrayEquals(new byte[] {0x11, 0x22, 0x33}, got);
        }
    }

    @Test
    void withNothingToReadTheWaitEndsAtItsTimeoutWithZero() throws Exception {
        try (PtyPair pty = new PtyPair(dir); JsscSerialLink a = JsscSerialLink.open(LineSettings.of8N1(pty.a(), 19200))) {
            long start = System.nanoTime();
            assertEquals(0, a.awaitInput(TimeUnit.MILLISECONDS.toNanos(50), TimeUnit.MILLISECONDS.toNanos(1)));
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(45), "returned before the timeout");
        }
    }

    @Test
    void aPeerThatGoesAwayEndsTheWaitWithAnErrorNotASpin() throws Exception {
        try (PtyPair pty = new PtyPair(dir); JsscSerialLink a = JsscSerialLink.open(LineSettings.of8N1(pty.a(), 19200))) {
            pty.kill(); // the other end closes: the line hangs up
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            java.io.IOException failed = null;
            while (failed == null && System.nanoTime() < end) {
                try {
                    a.awaitInput(TimeUnit.MILLISECONDS.toNanos(100), TimeUnit.MILLISECONDS.toNanos(1));
                } catch (java.io.IOException e) {
                    failed = e;
                }
            }
            assertTrue(failed != null, "a hung-up port kept answering as if it were idle");
            assertTrue(failed.getMessage().contains(pty.a()), failed.getMessage());
        }
    }
}
