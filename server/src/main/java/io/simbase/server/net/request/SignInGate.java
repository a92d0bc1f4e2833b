package io.simbase.server.net.request;

import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.SignInGuard;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where every password check of a request goes (docs/decisions/0120): refused at once, without
 * hashing, when the account or the caller's address has failed too often ({@link SignInGuard}) or
 * when {@code maxPending} checks are already waiting; otherwise run on the auth executor, never on
 * an event loop. A wrong password is counted and refused with {@code BAD_CREDENTIALS}; a right one
 * clears the account's count and goes on with the caller's continuation on the auth thread.
 *
 * <p>Thread-safe. {@link #submit} is called on the event loop; it allocates the task only.
 */
public final class SignInGate {
    /** Checks waiting or running by default: a class signing in at once fits, a flood does not. */
    public static final int DEFAULT_MAX_PENDING = 128;

    private final SignInGuard guard;
    private final Executor executor;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();

    public SignInGate(SignInGuard guard, Executor executor, int maxPending) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("max pending sign-ins must be >= 1, got " + maxPending);
        }
        this.guard = guard;
        this.executor = executor;
        this.maxPending = maxPending;
    }

    public SignInGuard guard() {
        return guard;
    }

    /**
     * Checks a password for {@code r}.
     *
     * @param account   the account's key for the limits (e.g. {@code staff:NAME}, {@code student:CLASS:NUMBER})
     * @param check     the slow check, on the auth thread: the signed-in thing, or null for a wrong password
     * @param wrongText the refusal's text for a wrong password
     * @param then      on the auth thread, with the check's result when the password was right
     */
    public <T> void submit(Request<?> r, String account, Supplier<T> check, String wrongText, Consumer<T> then) {
        String address = r.caller().remoteHost();
        if (refused(r, account, address)) {
            return;
        }
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            r.refuse(Error.Code.BUSY, "too many sign-ins at once; try again in a few seconds");
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    if (refused(r, account, address)) { // failures may have come in while this one waited
                        return;
                    }
                    T result = check.get();
                    if (result == null) {
                        guard.failed(account, address);
                        r.refuse(Error.Code.BAD_CREDENTIALS, wrongText);
                        return;
                    }
                    guard.succeeded(account);
                    then.accept(result);
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.decrementAndGet();
            r.refuse(Error.Code.BUSY, "the server is shutting down");
        }
    }

    private boolean refused(Request<?> r, String account, String address) {
        SignInGuard.Refusal no = guard.check(account, address);
        if (no == null) {
            return false;
        }
        String text = no.reason() == SignInGuard.Refusal.Reason.ACCOUNT
                ? "too many wrong passwords for this account; try again in " + no.retryAfterSeconds() + " s"
                : "too many wrong passwords from your computer's address; try again in " + no.retryAfterSeconds() + " s";
        r.caller().send(ServerMessage.newBuilder().setRequestId(r.id()).setError(Error.newBuilder()
                .setCode(Error.Code.RATE_LIMITED).setText(text)
                .setRetryAfterSeconds((int) Math.min(Integer.MAX_VALUE, no.retryAfterSeconds()))).build());
        return true;
    }
}
