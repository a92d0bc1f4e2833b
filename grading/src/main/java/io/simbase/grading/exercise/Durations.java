package io.simbase.grading.exercise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as exercise files write them: {@code 1.5s}, {@code 200ms}, {@code 2min}, or bare seconds. */
final class Durations {
    private static final Pattern TIME = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*(ms|s|min)?\\s*");

    private Durations() {
    }

    /** Seconds, or NaN when the text is not a time. */
    static double parseSeconds(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if ("ms".equals(unit)) {
            return v / 1000;
        }
        if ("min".equals(unit)) {
            return v * 60;
        }
        return v;
    }

    /** A number without a trailing {@code .0}. */
    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
