package io.simbase.server.results;

import io.simbase.server.auth.LineFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line text form of a {@link StoredResult} in {@link FileResultStore}'s file: tab
 * separated fields, text escaped with {@link LineFile#escape}, first the version {@code r2},
 * the result's fields, the number of checks, eight fields per check, then the student's name.
 * Lines of version {@code r1} (no name: the student goes by their identity) are still read.
 * Stateless.
 */
final class ResultLine {
    static final String VERSION = "r2";
    static final String VERSION_1 = "r1";
    private static final int HEAD = 11;
    private static final int PER_CHECK = 8;

    private ResultLine() {
    }

    static String format(StoredResult r) {
        StringBuilder sb = new StringBuilder(128 + 48 * r.checks().size());
        sb.append(VERSION);
        field(sb, Long.toString(r.atMillis()));
        field(sb, LineFile.escape(r.classCode()));
        field(sb, LineFile.escape(r.student()));
        field(sb, LineFile.escape(r.exerciseId()));
        field(sb, Integer.toString(r.score()));
        field(sb, Integer.toString(r.passMark()));
        field(sb, flag(r.passed()));
        field(sb, flag(r.capped()));
        field(sb, LineFile.escape(r.recording()));
        field(sb, Integer.toString(r.checks().size()));
        for (StoredCheck c : r.checks()) {
            field(sb, LineFile.escape(c.id()));
            field(sb, LineFile.escape(c.kind()));
            field(sb, Integer.toString(c.points()));
            field(sb, Integer.toString(c.awarded()));
            field(sb, flag(c.passed()));
            field(sb, flag(c.safety()));
            field(sb, c.failedScenario() == null ? "-" : "=" + LineFile.escape(c.failedScenario()));
            field(sb, Double.isNaN(c.firstFailureSeconds()) ? "-" : Double.toString(c.firstFailureSeconds()));
        }
        field(sb, LineFile.escape(r.studentName()));
        return sb.toString();
    }

    /** The result on {@code line}, or null when the line is damaged or not a result. */
    static StoredResult parse(String line) {
        boolean named = line != null && line.startsWith(VERSION + "\t");
        if (line == null || !named && !line.startsWith(VERSION_1 + "\t")) {
            return null;
        }
        String[] f = line.split("\t", -1);
        try {
            if (f.length < HEAD) {
                return null;
            }
            int n = Integer.parseInt(f[10]);
            int tail = named ? 1 : 0;
            if (n < 0 || f.length != HEAD + n * PER_CHECK + tail) {
                return null;
            }
            List<StoredCheck> checks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int o = HEAD + i * PER_CHECK;
                String scenario = f[o + 6].equals("-") ? null : text(f[o + 6].substring(1));
                double at = f[o + 7].equals("-") ? Double.NaN : Double.parseDouble(f[o + 7]);
                checks.add(new StoredCheck(text(f[o]), text(f[o + 1]), Integer.parseInt(f[o + 2]),
                        Integer.parseInt(f[o + 3]), bool(f[o + 4]), bool(f[o + 5]), scenario, at));
            }
            String student = text(f[3]);
            return new StoredResult(Long.parseLong(f[1]), text(f[2]), student, text(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), bool(f[7]), bool(f[8]), text(f[9]), checks,
                    named ? text(f[f.length - 1]) : student);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return null; // NumberFormatException included: garbage in a field
        }
    }

    private static void field(StringBuilder sb, String value) {
        sb.append('\t').append(value);
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    private static boolean bool(String s) {
        return switch (s) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("not a flag: " + s);
        };
    }

    private static String text(String escaped) {
        String s = LineFile.unescape(escaped);
        if (s == null) {
            throw new IllegalArgumentException("damaged text field");
        }
        return s;
    }
}
