package io.simbase.server.results;

import java.util.ArrayList;
import java.util.List;

/** Deterministic results for the store tests: varied classes, students, scores and check outcomes. */
final class SampleResults {
    private static final String[] STUDENTS = {"li.wei", "zhang san", "王芳", "tab\there", "anna"};
    private static final String[] EXERCISES = {"conveyor-start-stop", "sorting-by-material", "tank-fill-band"};

    private SampleResults() {
    }

    static StoredResult sample(int i) {
        int score = (i * 37) % 101;
        List<StoredCheck> checks = new ArrayList<>();
        int n = 1 + i % 4;
        for (int k = 0; k < n; k++) {
            boolean passed = (i + k) % 3 != 0;
            checks.add(new StoredCheck("check-" + k, k % 2 == 0 ? "response" : "invariant", 10 + k, passed ? 10 + k : 0,
                    passed, k == 1, passed ? null : "scenario " + (k % 2), passed ? Double.NaN : 1.25 + i * 0.005 + k));
        }
        return new StoredResult(1_764_000_000_000L + i * 1000L, i % 2 == 0 ? "CLASS7" : "", STUDENTS[i % STUDENTS.length],
                EXERCISES[i % EXERCISES.length], score, 60, score >= 60, i % 5 == 0,
                i % 3 == 0 ? "" : "rec-" + i + ".simrec", checks, i % 2 == 0 ? STUDENTS[i % STUDENTS.length] : "名字 " + i);
    }

    static List<StoredResult> samples(int count) {
        List<StoredResult> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(sample(i));
        }
        return out;
    }
}
