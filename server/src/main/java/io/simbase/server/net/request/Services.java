package io.simbase.server.net.request;

import io.simbase.server.auth.ClassRegistry;
import io.simbase.server.auth.Tokens;
import io.simbase.server.auth.UserStore;
import io.simbase.server.metrics.ServerMetrics;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.SessionRegistry;
import java.util.concurrent.Executor;

/**
 * What handlers may use: the server's registries and limits. Immutable; the objects it holds
 * are thread-safe.
 *
 * @param authExecutor runs slow password checks off the event loop
 * @param maxSessionsPerStudent live sessions one student may have
 * @param capacityLatenessMillis new sessions are refused while recent p99 step lateness is above this (0: never)
 * @param results               where finished graded runs are kept (blocking I/O: use it on {@code authExecutor})
 * @param signIns               where password checks go: limited per account and address, run on {@code authExecutor}
 * @param opcua                 whether and where this server serves OPC UA
 * @param replays               kept recordings and the replays clients have open (work on its own thread)
 */
public record Services(SessionRegistry sessions, UserStore users, Tokens tokens, ClassRegistry classes,
                       ServerMetrics metrics, Executor authExecutor, RigBindings rigs, int maxSessionsPerStudent,
                       double capacityLatenessMillis, io.simbase.server.results.ResultStore results,
                       SignInGate signIns, OpcUaAccessPoint opcua, io.simbase.server.replay.Replays replays) {
    /** With the default sign-in limits over {@code authExecutor}. */
    public Services(SessionRegistry sessions, UserStore users, Tokens tokens, ClassRegistry classes,
                    ServerMetrics metrics, Executor authExecutor, RigBindings rigs, int maxSessionsPerStudent,
                    double capacityLatenessMillis, io.simbase.server.results.ResultStore results,
                    io.simbase.server.replay.Replays replays) {
        this(sessions, users, tokens, classes, metrics, authExecutor, rigs, maxSessionsPerStudent, capacityLatenessMillis,
                results, new SignInGate(new io.simbase.server.auth.SignInGuard(), authExecutor == null ? Runnable::run
                        : authExecutor, SignInGate.DEFAULT_MAX_PENDING), new OpcUaAccessPoint(), replays);
    }
}
