package io.simbase.server.results;

import io.simbase.grading.GradeResult;
import java.util.List;

/**
 * One finished graded run, as kept. Immutable.
 *
 * @param atMillis   wall-clock end of the run, epoch milliseconds
 * @param classCode  the student's class join code ("" when the server has no classes)
 * @param student     the student's identity in the class, the key results are kept and found by:
 *                    their student number when they are on the class roster
 *                    ({@link StudentIdentity}), else the name they joined with
 * @param recording   the name of the session recording that is the run's evidence, or "" for none
 * @param studentName the name the student goes by, shown beside the identity
 */
public record StoredResult(long atMillis, String classCode, String student, String exerciseId, int score,
                           int passMark, boolean passed, boolean capped, String recording,
                           List<StoredCheck> checks, String studentName) {
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
        ResultFields.requireName("student name", studentName);
    }

    /** A result whose student goes by their identity (results kept before names were kept). */
    public StoredResult(long atMillis, String classCode, String student, String exerciseId, int score, int passMark,
                        boolean passed, boolean capped, String recording, List<StoredCheck> checks) {
        this(atMillis, classCode, student, exerciseId, score, passMark, passed, capped, recording, checks, student);
    }

    /** The kept form of a grader's result for {@code student} of {@code classCode}. */
    public static StoredResult of(GradeResult r, long atMillis, String classCode, StudentIdentity student,
                                  String recording) {
        return new StoredResult(atMillis, classCode, student.key(), r.exerciseId(), r.score(), r.passMark(), r.passed(),
                r.capped(), recording, r.checks().stream().map(StoredCheck::of).toList(), student.name());
    }

    /** Whether this result belongs to {@code student} of {@code classCode}. */
    public boolean belongsTo(String classCode, String student) {
        return this.classCode.equals(classCode) && this.student.equals(student);
    }
}
