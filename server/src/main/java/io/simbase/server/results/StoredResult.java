package io.simbase.server.results;

import io.simbase.grading.GradeResult;
import java.util.List;

/**
 * One finished graded run, as kept. Immutable.
 *
 * @param atMillis   wall-clock end of the run, epoch milliseconds
 * @param classCode  the student's class join code ("" when the server has no classes)
 * @param student    the student's name within the class
 * @param recording  the name of the session recording that is the run's evidence, or "" for none
 */
public record StoredResult(long atMillis, String classCode, String student, String exerciseId, int score,
                           int passMark, boolean passed, boolean capped, String recording,
                           List<StoredCheck> checks) {
    public StoredResult {
        if (atMillis < 0) {
            throw new IllegalArgumentException("result time must be >= 0, got " + atMillis);
        }
        if (classCode == null) {
            throw new IllegalArgumentException("class code must not be null");
        }
        ResultFields.requireName("student", student);
        ResultFields.requireName("exercise id", exerciseId);
        if (score < 0 || score > 100 || passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("score and pass mark must be 0..100, got " + score + "/" + passMark);
        }
        if (recording == null) {
            throw new IllegalArgumentException("recording must not be null (\"\" for none)");
        }
        checks = List.copyOf(checks);
    }

    /** The kept form of a grader's result for {@code student} of {@code classCode}. */
    public static StoredResult of(GradeResult r, long atMillis, String classCode, String student, String recording) {
        return new StoredResult(atMillis, classCode, student, r.exerciseId(), r.score(), r.passMark(), r.passed(),
                r.capped(), recording, r.checks().stream().map(StoredCheck::of).toList());
    }

    /** Whether this result belongs to {@code student} of {@code classCode}. */
    public boolean belongsTo(String classCode, String student) {
        return this.classCode.equals(classCode) && this.student.equals(student);
    }
}
