package io.simbase.server.session;

import io.simbase.grading.CheckResult;
import io.simbase.grading.GradeResult;
import io.simbase.grading.exercise.Check;
import io.simbase.grading.exercise.Exercise;
import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.ServerMessage;
import java.util.function.Consumer;

/**
 * Streams a live graded run to the session's observers as {@code graded_run} messages (request
 * id 0), then hands each notice on to the requester's listener. Sim thread; allocates one
 * message per notice.
 */
final class ObservedGradedRun implements GradedRunListener {
    private final String sessionId;
    private final Exercise exercise;
    private final Consumer<ServerMessage> observers;
    private final GradedRunListener next;

    ObservedGradedRun(String sessionId, Exercise exercise, Consumer<ServerMessage> observers, GradedRunListener next) {
        this.sessionId = sessionId;
        this.exercise = exercise;
        this.observers = observers;
        this.next = next;
    }

    @Override
    public void progress(GradedRunProgress p) {
        GradedRun.Builder b = head().setScenarioIndex(p.scenarioIndex()).setScenarioCount(p.scenarioCount())
                .setScenarioId(p.scenarioId()).setScenarioSeconds(p.scenarioSeconds())
                .setScenarioDuration(p.scenarioDurationSeconds());
        for (int i = 0; i < p.checkIds().size(); i++) {
            GradedCheck.Builder c = check(exercise.checks().get(i));
            if (p.failed(i)) {
                c.setFailed(true).setFailedAtSeconds(p.failedAtSeconds()[i]).setFailedScenario(p.failedScenario()[i]);
            }
            b.addChecks(c);
        }
        observers.accept(ServerMessage.newBuilder().setGradedRun(b).build());
        next.progress(p);
    }

    @Override
    public void finished(GradeResult result, String recording) {
        GradedRun.Builder b = head().setFinished(true).setScore(result.score()).setPassed(result.passed())
                .setRecording(recording).setScenarioCount(exercise.scenarios().size())
                .setScenarioIndex(exercise.scenarios().size() - 1);
        for (CheckResult r : result.checks()) {
            GradedCheck.Builder c = check(exercise.check(r.id()));
            if (!r.passed()) {
                c.setFailed(true).setFailedAtSeconds(r.firstFailureSeconds()).setFailedScenario(r.failedScenario());
            }
            b.addChecks(c);
        }
        observers.accept(ServerMessage.newBuilder().setGradedRun(b).build());
        next.finished(result, recording);
    }

    @Override
    public void aborted(String reason) {
        GradedRun.Builder b = head().setAborted(reason);
        for (Check c : exercise.checks()) {
            b.addChecks(check(c));
        }
        observers.accept(ServerMessage.newBuilder().setGradedRun(b).build());
        next.aborted(reason);
    }

    /** A check as every graded_run message names it: id, points, its message in both languages, the tags it reads. */
    private GradedCheck.Builder check(Check c) {
        return GradedCheck.newBuilder().setId(c.id()).setPoints(c.points()).setMessageZh(c.message().zh())
                .setMessageEn(c.message().en()).addAllTags(exercise.tagsOf(c));
    }

    private GradedRun.Builder head() {
        return GradedRun.newBuilder().setSessionId(sessionId).setExerciseId(exercise.id());
    }
}
