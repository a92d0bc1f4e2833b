package io.simbase.server.net.request;

import io.simbase.grading.GradeResult;
import io.simbase.grading.exercise.Exercise;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.StartGradedRun;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Roster;
import io.simbase.server.results.ExerciseCatalog;
import io.simbase.server.results.ResultStore;
import io.simbase.server.results.StoredResult;
import io.simbase.server.results.StudentIdentity;
import io.simbase.server.session.GradedRunListener;
import io.simbase.server.session.GradedRunProgress;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;
import java.util.concurrent.Executor;

/**
 * start_graded_run: a live graded run of a bundled exercise in a session, graded on whatever
 * controls it (the session's rig, a PLC on its Modbus port, the student's inputs). Progress goes
 * to the session's observers; the result is kept for the session's owner with the session's
 * recording as evidence (written on the auth executor, never on the sim thread).
 */
public final class StartGradedRunHandler implements RequestHandler<StartGradedRun> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.START_GRADED_RUN;
    }

    @Override
    public StartGradedRun body(ClientMessage m) {
        return m.getStartGradedRun();
    }

    @Override
    public Capability needs() {
        return Capability.GRADED_RUN;
    }

    @Override
    public String action(StartGradedRun body) {
        return "start a graded run";
    }

    @Override
    public String sessionId(StartGradedRun body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<StartGradedRun> r) {
        Exercise ex = ExerciseCatalog.find(r.body().getExerciseId());
        if (ex == null) {
            r.refuse(Error.Code.BAD_REQUEST, "unknown exercise '" + r.body().getExerciseId() + "' (known: "
                    + String.join(", ", ExerciseCatalog.ids()) + ")");
            return;
        }
        Services sv = r.services();
        r.submit(new SessionCommand.StartGradedRun(ex, null, new KeepResult(r.session(), sv.results(),
                sv.classes().roster(), sv.authExecutor())));
    }

    /** Keeps the finished run's result for the session's owner, by their identity (off the sim thread). */
    private record KeepResult(Session session, ResultStore store, Roster roster, Executor io)
            implements GradedRunListener {
        @Override
        public void progress(GradedRunProgress progress) {
        }

        @Override
        public void finished(GradeResult result, String recording) {
            long at = System.currentTimeMillis();
            String classCode = session.classCode() == null ? "" : session.classCode();
            io.execute(() -> {
                try {
                    store.add(StoredResult.of(result, at, classCode,
                            StudentIdentity.of(session.owner(), classCode, roster), recording));
                } catch (RuntimeException e) {
                    System.err.println("simbase: graded run of " + session.owner() + " on " + result.exerciseId()
                            + " not kept: " + e.getMessage());
                }
            });
        }

        @Override
        public void aborted(String reason) {
        }
    }
}
