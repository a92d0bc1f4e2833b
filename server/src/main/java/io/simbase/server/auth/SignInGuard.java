package io.simbase.server.auth;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing (docs/decisions/0120): wrong passwords are counted per account
 * and per client address, and an attempt is refused <em>before</em> its password is hashed when
 * either has failed too often.
 *
 * <ul>
 *   <li>Per account: the first {@link Limits#freeFailures} wrong passwords in a row cost nothing;
 *       each further one closes the account to sign-in for a delay that doubles from
 *       {@link Limits#firstDelay} up to {@link Limits#maxDelay}. The lock is never permanent, a
 *       refused attempt does not lengthen it, and a right password clears the count, so a
 *       classmate who guesses at someone's number delays them by at most {@code maxDelay}.</li>
 *   <li>Per address: a token bucket of {@link Limits#addressBurst} wrong passwords, one regained
 *       every {@link Limits#addressRefill}. This is what stops one machine from locking out a
 *       whole class (it can fail only so often, so it can keep only a few accounts delayed) and
 *       from spraying one password over every student number. Right passwords cost nothing,
 *       so a class behind one NAT address signs in freely.</li>
 * </ul>
 *
 * <p>Thread-safe (per-key atomic updates of a {@link ConcurrentHashMap}); a check allocates
 * nothing when the keys are unknown, one small record per failure otherwise. Memory is bounded:
 * above {@link #MAX_ENTRIES} keys, entries with nothing left to remember are dropped. Times are
 * {@code nanoClock} nanoseconds (monotonic).
 */
public final class SignInGuard {
    /** Keys kept before a sweep drops the forgotten ones. */
    static final int MAX_ENTRIES = 20_000;
    /** A run of failures this long ago is forgotten. */
    private static final long FORGET_AFTER_NANOS = Duration.ofMinutes(15).toNanos();

    /**
     * The limits. Immutable.
     *
     * @param freeFailures  wrong passwords in a row an account may have before it is delayed (>= 1)
     * @param firstDelay    the first delay; each further failure doubles it
     * @param maxDelay      the longest delay
     * @param addressBurst  wrong passwords an address may have at once (>= 1)
     * @param addressRefill time to regain one
     */
    public record Limits(int freeFailures, Duration firstDelay, Duration maxDelay, int addressBurst, Duration addressRefill) {
        /**
         * 5 free failures, then 1 s doubling to 30 s per account; 20 at once, then one per 10 s, per
         * address: one machine can then keep at most 3 accounts delayed, not a class of 40.
         */
        public static final Limits DEFAULTS = new Limits(5, Duration.ofSeconds(1), Duration.ofSeconds(30), 20,
                Duration.ofSeconds(10));

        /** @throws IllegalArgumentException naming the first bad limit */
        public Limits {
            if (freeFailures < 1 || addressBurst < 1) {
                throw new IllegalArgumentException("sign-in limits: free failures and address burst must be >= 1");
            }
            if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                    || addressRefill.isNegative() || addressRefill.isZero()) {
                throw new IllegalArgumentException("sign-in limits: need 0 < first delay <= max delay and refill > 0");
            }
        }
    }

    /** Why an attempt is refused and how long until it may be tried again (milliseconds, >= 1). */
    public record Refusal(Reason reason, long retryAfterMillis) {
        /** Which count is spent. */
        public enum Reason { ACCOUNT, ADDRESS }

        /** Whole seconds to wait, rounded up (for messages). */
        public long retryAfterSeconds() {
            return (retryAfterMillis + 999) / 1000;
        }
    }

    /** Wrong passwords in a row and until when the account is closed. */
    private record AccountState(int failures, long lockedUntil, long lastFailure) {
    }

    /** Failure tokens left (scaled by the refill period) at a time. */
    private record AddressState(double tokens, long at) {
    }

    private final Limits limits;
    private final LongSupplier nanoClock;
    private final long refillNanos;
    private final ConcurrentHashMap<String, AccountState> accounts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AddressState> addresses = new ConcurrentHashMap<>();

    public SignInGuard(Limits limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.refillNanos = limits.addressRefill().toNanos();
    }

    /** With {@link Limits#DEFAULTS} and {@link System#nanoTime()}. */
    public SignInGuard() {
        this(Limits.DEFAULTS, System::nanoTime);
    }

    public Limits limits() {
        return limits;
    }

    /** Null when an attempt for {@code account} from {@code address} may be checked now; else why not. */
    public Refusal check(String account, String address) {
        long now = nanoClock.getAsLong();
        AccountState a = accounts.get(account);
        if (a != null && a.lockedUntil() - now > 0) {
            return new Refusal(Refusal.Reason.ACCOUNT, ceilMillis(a.lockedUntil() - now));
        }
        AddressState s = addresses.get(address);
        if (s != null) {
            double tokens = tokensAt(s, now);
            if (tokens < 1) {
                return new Refusal(Refusal.Reason.ADDRESS, ceilMillis((long) ((1 - tokens) * refillNanos)));
            }
        }
        return null;
    }

    /** Records a wrong password (or an unknown account) for {@code account} from {@code address}. */
    public void failed(String account, String address) {
        long now = nanoClock.getAsLong();
        sweepIfFull(now);
        accounts.compute(account, (k, a) -> {
            int failures = a == null || now - a.lastFailure() > FORGET_AFTER_NANOS ? 1 : a.failures() + 1;
            long locked = failures <= limits.freeFailures() ? now : now + delayNanos(failures - limits.freeFailures());
            return new AccountState(failures, locked, now);
        });
        addresses.compute(address, (k, s) -> new AddressState((s == null ? limits.addressBurst() : tokensAt(s, now)) - 1, now));
    }

    /** Records a right password: the account's count starts again (the address's is left alone). */
    public void succeeded(String account) {
        accounts.remove(account);
    }

    /** Keys remembered (accounts and addresses), for tests and metrics. */
    public int size() {
        return accounts.size() + addresses.size();
    }

    private long delayNanos(int over) {
        long first = limits.firstDelay().toNanos();
        long max = limits.maxDelay().toNanos();
        int shift = Math.min(over - 1, 40);
        return first > (max >> shift) ? max : Math.min(max, first << shift);
    }

    private double tokensAt(AddressState s, long now) {
        return Math.min(limits.addressBurst(), s.tokens() + (double) (now - s.at()) / refillNanos);
    }

    private void sweepIfFull(long now) {
        if (accounts.size() + addresses.size() < MAX_ENTRIES) {
            return;
        }
        accounts.values().removeIf(a -> a.lockedUntil() - now <= 0 && now - a.lastFailure() > FORGET_AFTER_NANOS);
        addresses.values().removeIf(s -> tokensAt(s, now) >= limits.addressBurst());
        if (accounts.size() + addresses.size() >= MAX_ENTRIES) {
            // Still full: under a spray of made-up names; keep the locks, forget unlocked runs.
            accounts.values().removeIf(a -> a.lockedUntil() - now <= 0);
        }
    }

    private static long ceilMillis(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }
}
