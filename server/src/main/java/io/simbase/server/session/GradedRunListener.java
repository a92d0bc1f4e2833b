package io.simbase.server.session;

import io.simbase.grading.GradeResult;

/**
 * Hears a live graded run. Called on the session's sim thread: implementations return at once
 * (hand storage or network work to another thread) and allocate little.
 */
public interface GradedRunListener {
    /** A scenario started, a check turned red, or a second of sim time passed. */
    void progress(GradedRunProgress progress);

    /** The run ended with {@code result}; {@code recording} is the session recording's name (the evidence). */
    void finished(GradeResult result, String recording);

    /** The run stopped before its end (the session was reset or closed); nothing is scored. */
    void aborted(String reason);
}
