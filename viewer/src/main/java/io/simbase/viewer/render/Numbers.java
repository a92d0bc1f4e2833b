package io.simbase.viewer.render;

/** Appends numbers to a StringBuilder without allocating (unlike {@code append(double)}). */
public final class Numbers {
    private static final long[] POW10 = {1, 10, 100, 1000, 10000, 100000};

    private Numbers() {
    }

    /** Appends {@code v} rounded to {@code decimals} (0 to 5) places. */
    public static StringBuilder fixed(StringBuilder out, double v, int decimals) {
        if (Double.isNaN(v)) {
            return out.append('-');
        }
        long scale = POW10[decimals];
        long n = Math.round(Math.abs(v) * scale);
        if (v < 0 && n != 0) {
            out.append('-');
        }
        out.append(n / scale);
        if (decimals > 0) {
            out.append('.');
            long frac = n % scale;
            for (long p = scale / 10; p > 0; p /= 10) {
                out.append((char) ('0' + (frac / p) % 10));
            }
        }
        return out;
    }
}
