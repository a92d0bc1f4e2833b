package io.simbase.server;

import io.simbase.grading.CheckResult;
import io.simbase.grading.GradeResult;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.StartGradedRun;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the live graded-run tests over sockets share: starting a run, waiting for its verdict. */
final class GradedRuns {
    /** A graded run at time scale 10 takes a tenth of its scenarios' sim time, more on a loaded machine. */
    static final long VERDICT_TIMEOUT_MILLIS = 120_000;

    private GradedRuns() {
    }

    static ClientMessage.Builder start(String sid, String exercise) {
        return ClientMessage.newBuilder().setStartGradedRun(StartGradedRun.newBuilder().setSessionId(sid)
                .setExerciseId(exercise));
    }

    /** Polls {@code c}'s messages until the {@code nth} (1-based) finished or aborted graded run. */
    static GradedRun awaitVerdict(TestClient c, int nth) throws InterruptedException {
        long end = System.currentTimeMillis() + VERDICT_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < end) {
            List<GradedRun> verdicts = c.received().stream().filter(ServerMessage::hasGradedRun)
                    .map(ServerMessage::getGradedRun).filter(g -> g.getFinished() || !g.getAborted().isEmpty()).toList();
            if (verdicts.size() >= nth) {
                return verdicts.get(nth - 1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no graded run verdict #" + nth + " within " + VERDICT_TIMEOUT_MILLIS + " ms");
    }

    /** The ids of the checks a live verdict failed. */
    static Set<String> failed(GradedRun verdict) {
        Set<String> out = new TreeSet<>();
        verdict.getChecksList().stream().filter(GradedCheck::getFailed).forEach(c -> out.add(c.getId()));
        return out;
    }

    /** The ids of the checks a headless grade failed. */
    static Set<String> failed(GradeResult headless) {
        Set<String> out = new TreeSet<>();
        headless.checks().stream().filter(c -> !c.passed()).map(CheckResult::id).forEach(out::add);
        return out;
    }
}
