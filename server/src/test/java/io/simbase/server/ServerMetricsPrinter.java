package io.simbase.server;

import io.simbase.server.metrics.ServerMetrics;

/** Prints lateness figures a test observed (reported, not asserted: tests never assert speed). */
final class ServerMetricsPrinter {
    private ServerMetricsPrinter() {
    }

    static void print(String what, ServerMetrics.Snapshot s, long skippedBefore) {
        System.out.printf("%s: steps=%d skipped=%d lateness p99=%.3f ms max=%.3f ms%n", what, s.steps(),
                s.skippedSteps() - skippedBefore, s.p99Ms(), s.maxMs());
    }
}
