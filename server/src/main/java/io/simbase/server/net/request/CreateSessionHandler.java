package io.simbase.server.net.request;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionCreated;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.metrics.ServerMetrics;
import io.simbase.server.scenes.SceneLibrary;
import io.simbase.server.session.Session;
import java.util.Locale;

/**
 * create_session: a bundled scene (or one the server was given as a file) in the caller's class (students: the class joined; staff
 * name it), within the per-student limit and while the server has capacity.
 */
public final class CreateSessionHandler implements RequestHandler<CreateSession> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.CREATE_SESSION;
    }

    @Override
    public CreateSession body(ClientMessage m) {
        return m.getCreateSession();
    }

    @Override
    public Capability needs() {
        return Capability.OPERATE;
    }

    @Override
    public String action(CreateSession body) {
        return "create sessions";
    }

    @Override
    public void handle(Request<CreateSession> r) {
        Services sv = r.services();
        Principal p = r.principal();
        CreateSession req = r.body();
        String code = p.role() == Role.STUDENT ? p.classCode() : req.getClassCode();
        if (sv.classes().find(code) == null) {
            r.refuse(Error.Code.UNKNOWN_CLASS, code.isEmpty()
                    ? "staff must name the class_code to create a session in" : "no open class with code '" + code + "'");
            return;
        }
        Scene scene = scene(r, req.getScene());
        if (scene == null) {
            return;
        }
        SceneLibrary lib = sv.sessions().library();
        if (p.role() == Role.STUDENT && lib != null && lib.find(scene.id()) != null && !lib.offeredTo(scene.id(), p.classCode())) {
            r.refuse(Error.Code.UNKNOWN_SCENE, "scene '" + scene.id() + "' is not offered to your class");
            return;
        }
        int stepRate = (int) Math.max(1, 1_000_000_000L / scene.stepNanos());
        int hz = req.getFrameRateHz() == 0 ? 30 : req.getFrameRateHz();
        if (hz < 1 || hz > stepRate) {
            r.refuse(Error.Code.OUT_OF_RANGE, "frame rate must be 1 to " + stepRate + " Hz (the step rate)");
            return;
        }
        if (p.role() == Role.STUDENT && overStudentLimit(r)) {
            return;
        }
        if (overCapacity(r)) {
            return;
        }
        long seed = req.getSeed() == 0 ? scene.defaultSeed() : req.getSeed();
        Session s = sv.sessions().create(sv.classes().find(code).code(), p.name(), scene, seed, hz);
        if (s == null) {
            r.refuse(Error.Code.BUSY, "server is at its session limit");
            return;
        }
        r.reply(ServerMessage.newBuilder().setSessionCreated(SessionCreated.newBuilder()
                .setSessionId(s.id()).setScene(scene.id()).setSeed(seed)));
    }

    private static Scene scene(Request<?> r, String id) {
        if (!r.services().sessions().isKnownScene(id)) {
            r.refuse(Error.Code.UNKNOWN_SCENE, "no bundled scene '" + id + "'");
            return null;
        }
        try {
            return r.services().sessions().scene(id);
        } catch (SceneException e) {
            r.refuse(Error.Code.UNKNOWN_SCENE, "scene does not load: " + e.getMessage());
            return null;
        }
    }

    private static boolean overStudentLimit(Request<?> r) {
        int limit = r.services().maxSessionsPerStudent();
        long mine = r.services().sessions().all().stream().filter(r::owns).count();
        if (mine >= limit) {
            r.refuse(Error.Code.BUSY, "a student may have at most " + limit + " live sessions; close one first");
            return true;
        }
        return false;
    }

    /** The running plants come first: one more would make every session of its thread later. */
    private static boolean overCapacity(Request<?> r) {
        ServerMetrics metrics = r.services().metrics();
        double limit = r.services().capacityLatenessMillis();
        double late = metrics.recentLatenessP99Ms();
        if (limit > 0 && late > limit) {
            metrics.refusedForCapacity.incrementAndGet(); // counted before the caller can see the refusal
            r.refuse(Error.Code.BUSY, String.format(Locale.ROOT,
                    "server at capacity: steps start %.1f ms late (p99, last %d s), above its %.1f ms limit; "
                            + "no new session until that recovers", late, ServerMetrics.RECENT_SECONDS, limit));
            return true;
        }
        return false;
    }
}
