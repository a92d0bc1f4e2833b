package io.simbase.server.net;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.protocol.v1.ClassOpened;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.LoggedIn;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionCreated;
import io.simbase.protocol.v1.SessionList;
import io.simbase.protocol.v1.Stats;
import io.simbase.server.auth.ClassRegistry;
import io.simbase.server.auth.ClassRoom;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.Tokens;
import io.simbase.server.auth.UserStore;
import io.simbase.server.metrics.ServerMetrics;
import io.simbase.server.rig.RigBindException;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;
import io.simbase.server.session.SessionErrors;
import io.simbase.server.session.SessionRegistry;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Executor;

/**
 * Answers client requests on the connection's event loop: authentication, role checks and
 * argument checks happen here, at the edge; what touches a world is queued to its session.
 * Every refusal is an {@code error} naming why. Slow password checks run on {@code authExecutor}.
 */
final class Requests {
    private final SessionRegistry sessions;
    private final UserStore users;
    private final Tokens tokens;
    private final ClassRegistry classes;
    private final ServerMetrics metrics;
    private final Executor authExecutor;
    private final RigBindings rigs;
    private final SecureRandom random = new SecureRandom();
    private final int maxSessionsPerStudent;

    /** New sessions are refused while recent p99 lateness is above this, ms (0: never). */
    private final double capacityLatenessMillis;

    Requests(SessionRegistry sessions, UserStore users, Tokens tokens, ClassRegistry classes, ServerMetrics metrics,
             Executor authExecutor, RigBindings rigs, int maxSessionsPerStudent, double capacityLatenessMillis) {
        this.capacityLatenessMillis = capacityLatenessMillis;
        this.rigs = rigs;
        this.maxSessionsPerStudent = maxSessionsPerStudent;
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.classes = classes;
        this.metrics = metrics;
        this.authExecutor = authExecutor;
    }

    void handle(Connection c, ClientMessage m) {
        long rid = m.getRequestId();
        switch (m.getKindCase()) {
            case LOGIN -> login(c, rid, m.getLogin().getUsername(), m.getLogin().getPassword());
            case JOIN_CLASS -> joinClass(c, rid, m.getJoinClass().getCode(), m.getJoinClass().getDisplayName());
            case RESUME -> resume(c, rid, m.getResume().getToken());
            default -> {
                Principal p = c.principal();
                if (p == null) {
                    c.send(SessionErrors.of(rid, Error.Code.NOT_AUTHENTICATED,
                            "not authenticated: log in or join a class first"));
                    return;
                }
                authenticated(c, p, rid, m);
            }
        }
    }

    private void authenticated(Connection c, Principal p, long rid, ClientMessage m) {
        switch (m.getKindCase()) {
            case OPEN_CLASS -> {
                if (!p.role().mayOpenClass()) {
                    forbidden(c, rid, p, "open a class");
                    return;
                }
                ClassRoom room = classes.open(m.getOpenClass().getName(), p.name());
                reply(c, rid, ServerMessage.newBuilder().setClassOpened(
                        ClassOpened.newBuilder().setCode(room.code()).setName(room.name())));
            }
            case CREATE_SESSION -> createSession(c, p, rid, m.getCreateSession());
            case LIST_SESSIONS -> {
                String code = m.getListSessions().getClassCode();
                SessionList.Builder b = SessionList.newBuilder();
                for (Session s : sessions.all()) {
                    boolean visible = p.role() == Role.STUDENT
                            ? s.owner().equals(p.name())
                            : code.isEmpty() || s.classCode().equals(code);
                    if (visible) {
                        b.addSessions(s.summary());
                    }
                }
                reply(c, rid, ServerMessage.newBuilder().setSessionList(b));
            }
            case OBSERVE -> {
                Session s = session(c, rid, m.getObserve().getSessionId());
                if (s == null) {
                    return;
                }
                if (!owns(p, s) && !p.role().mayObserveAny()) {
                    forbidden(c, rid, p, "observe another student's session");
                    return;
                }
                if (submit(c, rid, s, x -> x.observe(c, rid))) {
                    c.observing.add(s);
                }
            }
            case UNOBSERVE -> {
                Session s = session(c, rid, m.getUnobserve().getSessionId());
                if (s != null && submit(c, rid, s, x -> x.unobserve(c, rid))) {
                    c.observing.remove(s);
                }
            }
            case SET_INPUT -> {
                Session s = operable(c, p, rid, m.getSetInput().getSessionId());
                if (s == null || !rateOk(c, rid)) {
                    return;
                }
                TagDef t = tag(c, rid, s, m.getSetInput().getTag());
                double v = m.getSetInput().getValue();
                if (t == null || !inRange(c, rid, t, v)) {
                    return;
                }
                submit(c, rid, s, x -> x.setInput(c, rid, t.index(), v));
            }
            case FORCE -> {
                Session s = controllable(c, p, rid, m.getForce().getSessionId(), "force tags");
                if (s == null || !rateOk(c, rid)) {
                    return;
                }
                TagDef t = tag(c, rid, s, m.getForce().getTag());
                double v = m.getForce().getValue();
                if (t == null || !inRange(c, rid, t, v)) {
                    return;
                }
                submit(c, rid, s, x -> x.force(c, rid, t.index(), v, p.name()));
            }
            case UNFORCE -> {
                Session s = controllable(c, p, rid, m.getUnforce().getSessionId(), "release forced tags");
                if (s == null || !rateOk(c, rid)) {
                    return;
                }
                TagDef t = tag(c, rid, s, m.getUnforce().getTag());
                if (t != null) {
                    submit(c, rid, s, x -> x.unforce(c, rid, t.index()));
                }
            }
            case INJECT_FAULT, CLEAR_FAULT -> {
                boolean inject = m.hasInjectFault();
                String sid = inject ? m.getInjectFault().getSessionId() : m.getClearFault().getSessionId();
                Session s = controllable(c, p, rid, sid, inject ? "inject faults" : "clear faults");
                if (s == null || !rateOk(c, rid)) {
                    return;
                }
                String kindText = inject ? m.getInjectFault().getKind() : m.getClearFault().getKind();
                FaultKind k = FaultKind.parse(kindText);
                if (k == null) {
                    c.send(SessionErrors.of(rid, Error.Code.BAD_REQUEST, "unknown fault kind '" + kindText + "'"));
                    return;
                }
                String target = inject ? m.getInjectFault().getTarget() : m.getClearFault().getTarget();
                double param = inject ? m.getInjectFault().getParam() : 0;
                submit(c, rid, s, x -> x.fault(c, rid, target, k, param, inject));
            }
            case CONTROL -> control(c, p, rid, m.getControl());
            case CLOSE_SESSION -> {
                Session s = operable(c, p, rid, m.getCloseSession().getSessionId());
                if (s != null) {
                    submit(c, rid, s, x -> x.closeFor(c, rid));
                }
            }
            case GET_RESULT -> {
                Session s = session(c, rid, m.getGetResult().getSessionId());
                if (s == null) {
                    return;
                }
                if (!p.role().mayReadOwnResults() || (!owns(p, s) && !p.role().mayReadAllResults())) {
                    forbidden(c, rid, p, owns(p, s) ? "read results" : "read another user's results");
                    return;
                }
                submit(c, rid, s, x -> x.result(c, rid));
            }
            case GET_STATS -> {
                ServerMetrics.Snapshot st = metrics.snapshot();
                reply(c, rid, ServerMessage.newBuilder().setStats(Stats.newBuilder()
                        .setSessions(st.sessions()).setConnections((int) st.connections())
                        .setLatenessP50Ms(st.p50Ms()).setLatenessP99Ms(st.p99Ms()).setLatenessP999Ms(st.p999Ms())
                        .setLatenessMaxMs(st.maxMs()).setSteps(st.steps()).setSkippedSteps(st.skippedSteps())
                        .setFramesSent(st.frames()).setBytesSent(st.bytes())));
            }
            case BIND_RIG -> {
                if (!p.role().mayConfigureRigs()) {
                    forbidden(c, rid, p, "bind rigs");
                    return;
                }
                Session s = session(c, rid, m.getBindRig().getSessionId());
                if (s == null) {
                    return;
                }
                String name = m.getBindRig().getRig();
                rigs.run(() -> {
                    try {
                        reply(c, rid, ServerMessage.newBuilder().setRigStatus(rigs.bind(s, name)));
                    } catch (RigBindException e) {
                        c.send(SessionErrors.of(rid, e.code(), e.getMessage()));
                    }
                });
            }
            case UNBIND_RIG -> {
                if (!p.role().mayConfigureRigs()) {
                    forbidden(c, rid, p, "unbind rigs");
                    return;
                }
                Session s = session(c, rid, m.getUnbindRig().getSessionId());
                if (s == null) {
                    return;
                }
                rigs.run(() -> {
                    try {
                        rigs.unbind(s);
                        reply(c, rid, ServerMessage.newBuilder().setOk(io.simbase.protocol.v1.Ok.getDefaultInstance()));
                    } catch (RigBindException e) {
                        c.send(SessionErrors.of(rid, e.code(), e.getMessage()));
                    }
                });
            }
            default -> c.fatal(rid, Error.Code.UNKNOWN_MESSAGE, "unknown message kind " + m.getKindCase());
        }
    }

    // ---------------------------------------------------------------- authentication

    private void login(Connection c, long rid, String user, String password) {
        authExecutor.execute(() -> {
            UserStore.Account a = users.authenticate(user, password);
            if (a == null) {
                c.send(SessionErrors.of(rid, Error.Code.BAD_CREDENTIALS, "unknown user or wrong password"));
                return;
            }
            Principal p = new Principal(a.name(), a.role(), "");
            String token = tokens.issue(p);
            // Back on the event loop, which owns the connection's state.
            c.runOnLoop(() -> {
                c.principal(p);
                c.send(loggedIn(rid, p, token));
            });
        });
    }

    private void joinClass(Connection c, long rid, String code, String displayName) {
        ClassRoom room = classes.find(code);
        if (room == null) {
            c.send(SessionErrors.of(rid, Error.Code.UNKNOWN_CLASS, "no open class with code '" + code + "'"));
            return;
        }
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
            c.send(SessionErrors.of(rid, Error.Code.BAD_REQUEST, "display name must be 1-64 printable characters"));
            return;
        }
        byte[] b = new byte[2];
        random.nextBytes(b);
        Principal p = new Principal(name + "#" + HexFormat.of().formatHex(b), Role.STUDENT, room.code());
        c.principal(p);
        c.send(loggedIn(rid, p, tokens.issue(p)));
    }

    private void resume(Connection c, long rid, String token) {
        Principal p = tokens.resolve(token);
        if (p == null) {
            c.send(SessionErrors.of(rid, Error.Code.NOT_AUTHENTICATED, "unknown or expired token"));
            return;
        }
        c.principal(p);
        c.send(loggedIn(rid, p, token));
    }

    private static ServerMessage loggedIn(long rid, Principal p, String token) {
        return ServerMessage.newBuilder().setRequestId(rid).setLoggedIn(LoggedIn.newBuilder()
                .setRole(LoggedIn.Role.forNumber(p.role().ordinal() + 1)).setName(p.name()).setToken(token)
                .setClassCode(p.classCode())).build();
    }

    // ---------------------------------------------------------------- sessions

    private void createSession(Connection c, Principal p, long rid, CreateSession req) {
        String code = p.role() == Role.STUDENT ? p.classCode() : req.getClassCode();
        if (classes.find(code) == null) {
            c.send(SessionErrors.of(rid, Error.Code.UNKNOWN_CLASS, code.isEmpty()
                    ? "staff must name the class_code to create a session in" : "no open class with code '" + code + "'"));
            return;
        }
        if (!sessions.isKnownScene(req.getScene())) {
            c.send(SessionErrors.of(rid, Error.Code.UNKNOWN_SCENE, "no bundled scene '" + req.getScene() + "'"));
            return;
        }
        Scene scene;
        try {
            scene = sessions.scene(req.getScene());
        } catch (SceneException e) {
            c.send(SessionErrors.of(rid, Error.Code.UNKNOWN_SCENE, "scene does not load: " + e.getMessage()));
            return;
        }
        int stepRate = (int) Math.max(1, 1_000_000_000L / scene.stepNanos());
        int hz = req.getFrameRateHz() == 0 ? 30 : req.getFrameRateHz();
        if (hz < 1 || hz > stepRate) {
            c.send(SessionErrors.of(rid, Error.Code.OUT_OF_RANGE, "frame rate must be 1 to " + stepRate + " Hz (the step rate)"));
            return;
        }
        if (p.role() == Role.STUDENT) {
            long mine = sessions.all().stream().filter(s -> owns(p, s)).count();
            if (mine >= maxSessionsPerStudent) {
                c.send(SessionErrors.of(rid, Error.Code.BUSY, "a student may have at most " + maxSessionsPerStudent
                        + " live sessions; close one first"));
                return;
            }
        }
        double late = metrics.recentLatenessP99Ms();
        if (capacityLatenessMillis > 0 && late > capacityLatenessMillis) {
            // The running plants come first: one more would make every session of its thread later.
            c.send(SessionErrors.of(rid, Error.Code.BUSY, String.format(java.util.Locale.ROOT,
                    "server at capacity: steps start %.1f ms late (p99, last %d s), above its %.1f ms limit; "
                            + "no new session until that recovers", late, ServerMetrics.RECENT_SECONDS, capacityLatenessMillis)));
            metrics.refusedForCapacity.incrementAndGet();
            return;
        }
        long seed = req.getSeed() == 0 ? scene.defaultSeed() : req.getSeed();
        Session s = sessions.create(classes.find(code).code(), p.name(), scene, seed, hz);
        if (s == null) {
            c.send(SessionErrors.of(rid, Error.Code.BUSY, "server is at its session limit"));
            return;
        }
        reply(c, rid, ServerMessage.newBuilder().setSessionCreated(SessionCreated.newBuilder()
                .setSessionId(s.id()).setScene(scene.id()).setSeed(seed)));
    }

    private void control(Connection c, Principal p, long rid, Control ctl) {
        String what = switch (ctl.getAction()) {
            case PAUSE -> "pause sessions";
            case RESUME -> "resume sessions";
            case RESET -> "reset sessions";
            case TIME_SCALE -> "set time scale";
            default -> null;
        };
        if (what == null) {
            c.send(SessionErrors.of(rid, Error.Code.BAD_REQUEST, "control needs an action: pause, resume, reset or time_scale"));
            return;
        }
        Session s = controllable(c, p, rid, ctl.getSessionId(), what);
        if (s == null) {
            return;
        }
        switch (ctl.getAction()) {
            case PAUSE -> submit(c, rid, s, x -> x.pause(c, rid, true));
            case RESUME -> submit(c, rid, s, x -> x.pause(c, rid, false));
            case RESET -> submit(c, rid, s, x -> x.reset(c, rid));
            default -> {
                double scale = ctl.getTimeScale();
                if (!(scale >= 0.1 && scale <= 10)) {
                    c.send(SessionErrors.of(rid, Error.Code.OUT_OF_RANGE, "time scale must be 0.1 to 10, got " + scale));
                    return;
                }
                submit(c, rid, s, x -> x.timeScale(c, rid, scale));
            }
        }
    }

    private static boolean owns(Principal p, Session s) {
        return s.owner().equals(p.name());
    }

    private Session session(Connection c, long rid, String id) {
        Session s = sessions.find(id);
        if (s == null) {
            c.send(SessionErrors.of(rid, Error.Code.UNKNOWN_SESSION, "no live session '" + id + "'"));
        }
        return s;
    }

    /** The session when {@code p} may operate it: its owner, or an instructor. */
    private Session operable(Connection c, Principal p, long rid, String id) {
        Session s = session(c, rid, id);
        if (s != null && !owns(p, s) && p.role() != Role.INSTRUCTOR) {
            forbidden(c, rid, p, "operate another user's session");
            return null;
        }
        return s;
    }

    private Session controllable(Connection c, Principal p, long rid, String id, String what) {
        if (!p.role().mayControl()) {
            forbidden(c, rid, p, what);
            return null;
        }
        return session(c, rid, id);
    }

    private static TagDef tag(Connection c, long rid, Session s, String name) {
        TagDef t = s.scene().layout().find(name);
        if (t == null) {
            c.send(SessionErrors.of(rid, Error.Code.UNKNOWN_TAG, "no tag '" + name + "' in scene " + s.scene().id()));
        }
        return t;
    }

    private static boolean inRange(Connection c, long rid, TagDef t, double v) {
        if (!t.accepts(v)) {
            c.send(SessionErrors.of(rid, Error.Code.OUT_OF_RANGE, "value " + v + " out of range for " + t.name()
                    + " (" + t.type().key() + " " + t.min() + " to " + t.max() + ")"));
            return false;
        }
        return true;
    }

    private static boolean rateOk(Connection c, long rid) {
        if (!c.inputs().tryAcquire(System.nanoTime())) {
            c.send(SessionErrors.of(rid, Error.Code.RATE_LIMITED, "too many inputs on this connection; slow down"));
            return false;
        }
        return true;
    }

    private static boolean submit(Connection c, long rid, Session s, SessionCommand cmd) {
        if (!s.submit(cmd)) {
            c.send(SessionErrors.of(rid, Error.Code.BUSY, "session " + s.id() + " input queue is full or closed"));
            return false;
        }
        return true;
    }

    private static void forbidden(Connection c, long rid, Principal p, String what) {
        c.send(SessionErrors.of(rid, Error.Code.FORBIDDEN, "not allowed for this role: a " + p.role().key()
                + " may not " + what));
    }

    private static void reply(Connection c, long rid, ServerMessage.Builder b) {
        c.send(b.setRequestId(rid).build());
    }
}
