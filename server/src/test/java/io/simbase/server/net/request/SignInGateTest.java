package io.simbase.server.net.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Scope;
import io.simbase.server.auth.SignInGuard;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The gate in front of password checks, with an executor the test runs by hand: checks wait
 * their turn off the caller's thread, at most {@code maxPending} (3) wait (then BUSY), and an attempt
 * refused by the limits, also one that was already waiting, never reaches the slow check.
 */
class SignInGateTest {
    private final List<ServerMessage> sent = new CopyOnWriteArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final AtomicInteger checks = new AtomicInteger();
    private long now;
    private final SignInGuard guard = new SignInGuard(new SignInGuard.Limits(1, Duration.ofSeconds(5),
            Duration.ofSeconds(5), 100, Duration.ofSeconds(1)), () -> now);
    private final SignInGate gate = new SignInGate(guard, queued::add, 3);
    private final Caller caller = (Caller) Proxy.newProxyInstance(Caller.class.getClassLoader(), new Class<?>[] {Caller.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "send" -> {
                    sent.add((ServerMessage) args[0]);
                    yield null;
                }
                case "remoteHost" -> "10.0.0.7";
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private void attempt(long id, String password) {
        Request<Object> r = new Request<>(caller, null, Scope.ANY, id, new Object(), null, null);
        gate.submit(r, "staff:teacher", () -> {
            checks.incrementAndGet();
            return password.equals("right") ? "teacher" : null;
        }, "unknown user or wrong password", who -> sent.add(ServerMessage.newBuilder().setRequestId(id).build()));
    }

    private ServerMessage reply(long id) {
        return sent.stream().filter(m -> m.getRequestId() == id).findFirst().orElseThrow(() -> new AssertionError("no reply to " + id));
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void checksWaitOffTheCallersThreadAtMostThreeAndRefusedOnesAreNeverHashed() {
        attempt(1, "wrong");
        attempt(2, "wrong");
        attempt(3, "right");
        assertEquals(0, checks.get(), "nothing checked on the caller's thread");
        attempt(4, "right");
        assertEquals(Error.Code.BUSY, reply(4).getError().getCode(), "a fourth waiting check is refused at once");

        runQueued();
        assertEquals(Error.Code.BAD_CREDENTIALS, reply(1).getError().getCode());
        assertEquals(Error.Code.BAD_CREDENTIALS, reply(2).getError().getCode());
        ServerMessage late = reply(3);
        assertEquals(Error.Code.RATE_LIMITED, late.getError().getCode(), "the account was delayed while it waited");
        assertEquals(5, late.getError().getRetryAfterSeconds());
        assertEquals(2, checks.get(), "the waiting attempt was refused without its check");

        attempt(5, "right");
        assertEquals(Error.Code.RATE_LIMITED, reply(5).getError().getCode(), "refused before queueing");
        assertTrue(queued.isEmpty());

        now += Duration.ofSeconds(5).toNanos();
        attempt(6, "right");
        runQueued();
        assertTrue(!reply(6).hasError(), "the delay ends: " + reply(6));
        assertEquals(3, checks.get());
    }
}
