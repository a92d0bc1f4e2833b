package io.simbase.grading;

import java.util.Locale;

/**
 * A grade result as the command line prints it: one row per check (check, points, passed,
 * first failure as {@code scenario@t=12.345s}, the English message), then the last line
 * {@code score=N/100 passed=true|false}. Stateless.
 */
public final class ResultTable {
    private ResultTable() {
    }

    public static String write(GradeResult r) {
        int idWidth = "check".length();
        for (CheckResult c : r.checks()) {
            idWidth = Math.max(idWidth, c.id().length());
        }
        StringBuilder sb = new StringBuilder();
        String row = "%-" + idWidth + "s  %-7s %-6s %-26s %s%n";
        sb.append(String.format(Locale.ROOT, row, "check", "points", "passed", "first_failure", "message"));
        for (CheckResult c : r.checks()) {
            String failure = c.passed() ? "-"
                    : String.format(Locale.ROOT, "%s@t=%.3fs", c.failedScenario(), c.firstFailureSeconds());
            sb.append(String.format(Locale.ROOT, row, c.id(), c.awarded() + "/" + c.points(),
                    c.passed() ? "yes" : (c.safety() ? "NO(!)" : "NO"), failure, c.passed() ? "" : c.message().en()));
        }
        if (r.capped()) {
            sb.append("a safety check failed: the score is capped\n");
        }
        sb.append("score=").append(r.score()).append("/100 passed=").append(r.passed()).append('\n');
        return sb.toString();
    }
}
