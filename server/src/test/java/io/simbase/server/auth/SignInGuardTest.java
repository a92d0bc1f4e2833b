package io.simbase.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wrong-password limits with an injected clock: per account, per address, never permanent, bounded. */
class SignInGuardTest {
    private long now = 1_000_000_000L;
    private final SignInGuard guard = new SignInGuard(new SignInGuard.Limits(3, Duration.ofSeconds(1),
            Duration.ofSeconds(8), 10, Duration.ofSeconds(5)), () -> now);

    private void advanceMillis(long ms) {
        now += ms * 1_000_000L;
    }

    @Test
    void anAccountIsDelayedAfterItsFreeFailuresWithADoublingCappedDelay() {
        for (int i = 0; i < 3; i++) {
            assertNull(guard.check("a", "10.0.0.1"), "free failure " + i);
            guard.failed("a", "10.0.0.1");
        }
        assertNull(guard.check("a", "10.0.0.1"), "three failures are free");
        long[] expected = {1000, 2000, 4000, 8000, 8000, 8000};
        for (long ms : expected) {
            guard.failed("a", "10.0.0.1");
            SignInGuard.Refusal r = guard.check("a", "10.0.0.9");
            assertNotNull(r, "delayed from any address");
            assertEquals(SignInGuard.Refusal.Reason.ACCOUNT, r.reason());
            assertEquals(ms, r.retryAfterMillis());
            advanceMillis(ms - 1);
            assertNotNull(guard.check("a", "10.0.0.9"), "still delayed 1 ms before the end");
            advanceMillis(1);
            assertNull(guard.check("a", "10.0.0.9"), "never permanent");
            advanceMillis(5_000 * 10); // keep the address bucket from running dry
        }
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        for (int i = 0; i < 3; i++) {
            guard.failed("a", "10.0.0.1");
        }
        guard.succeeded("a");
        guard.failed("a", "10.0.0.1");
        assertNull(guard.check("a", "10.0.0.1"), "one failure after a success is free again");
    }

    @Test
    void oneAddressSprayingAClassDelaysOnlyAFewAccountsAndNobodyElse() {
        String attacker = "192.168.1.66";
        int delayed = 0;
        for (int student = 0; student < 40; student++) {
            String account = "student:C\t" + student;
            while (guard.check(account, attacker) == null) {
                guard.failed(account, attacker);
            }
            SignInGuard.Refusal r = guard.check(account, attacker);
            if (r.reason() == SignInGuard.Refusal.Reason.ADDRESS) {
                break;
            }
            delayed++;
        }
        assertEquals(2, delayed, "10 failures, 4 to delay an account: two accounts");
        SignInGuard.Refusal spent = guard.check("student:C\t39", attacker);
        assertEquals(SignInGuard.Refusal.Reason.ADDRESS, spent.reason());
        assertEquals(5000, spent.retryAfterMillis(), "one failure regained per refill period");
        int free = 0;
        for (int student = 0; student < 40; student++) {
            if (guard.check("student:C\t" + student, "192.168.1.20") == null) {
                free++;
            }
        }
        assertEquals(38, free, "every other student signs in from their own machine");
    }

    @Test
    void anAddressRegainsFailuresOverTime() {
        for (int i = 0; i < 10; i++) {
            guard.failed("x" + i, "10.0.0.2");
        }
        assertEquals(SignInGuard.Refusal.Reason.ADDRESS, guard.check("y", "10.0.0.2").reason());
        advanceMillis(5_000);
        assertNull(guard.check("y", "10.0.0.2"));
        guard.failed("y", "10.0.0.2");
        assertNotNull(guard.check("z", "10.0.0.2"), "exactly one regained");
    }

    @Test
    void aSprayOfMadeUpNamesDoesNotGrowMemoryWithoutBound() {
        SignInGuard g = new SignInGuard(new SignInGuard.Limits(3, Duration.ofSeconds(1), Duration.ofSeconds(8),
                1_000_000, Duration.ofNanos(1)), () -> now);
        for (int i = 0; i < 3 * SignInGuard.MAX_ENTRIES; i++) {
            g.failed("made-up-" + i, "10.0.0." + (i % 200));
        }
        assertTrue(g.size() <= SignInGuard.MAX_ENTRIES + 2, "bounded: " + g.size());
    }

    @Test
    void badLimitsAreRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SignInGuard.Limits(0,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("free failures"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SignInGuard.Limits(1, Duration.ofSeconds(2),
                Duration.ofSeconds(1), 1, Duration.ofSeconds(1)));
    }
}
