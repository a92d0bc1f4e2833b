package io.simbase.server.rig;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.map.Mapping;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.WireImage;
import io.simbase.bridge.plant.PlantIo;
import java.io.PrintWriter;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The live table of {@code rig monitor}: comm health, then one row per mapped tag with its
 * place, the raw word last seen on the wire there ({@code -} before the first transaction; for a
 * float32, both words in hex) and the tag's engineering value in the plant. On a terminal each table replaces
 * the last (ANSI home and clear); otherwise tables follow each other, for logs and tests.
 */
final class MonitorTable {
    private final long intervalMillis;
    private final boolean ansi;
    private double[] values;

    MonitorTable(long intervalMillis, boolean ansi) {
        this.intervalMillis = intervalMillis;
        this.ansi = ansi;
    }

    long intervalMillis() {
        return intervalMillis;
    }

    void print(PrintWriter out, CommHealth health, WireImage wire, PlantIo plant, RegisterMap map) {
        if (values == null) {
            values = new double[plant.layout().size()];
        }
        long step = plant.readTags(values);
        Histogram h = health.latencies();
        StringBuilder b = new StringBuilder();
        if (ansi) {
            b.append("\u001b[H\u001b[2J");
        }
        b.append(String.format(Locale.ROOT, "link %-8s step %-8d %s%n", health.state().key(), step, counters(health)));
        if (h.getTotalCount() > 0) {
            b.append(String.format(Locale.ROOT, "latency p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                    h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6));
        }
        if (!health.lastError().isEmpty()) {
            b.append("last error: ").append(health.lastError()).append('\n');
        }
        b.append(String.format(Locale.ROOT, "%-20s %-8s %-10s %8s %14s%n", "tag", "dir", "where", "raw", "value"));
        for (Mapping m : map.mappings()) {
            double v = values[m.tag().index()];
            String raw = raw(wire, m);
            b.append(String.format(Locale.ROOT, "%-20s %-8s %-10s %8s %14s%n", m.tag().name(),
                    m.tag().direction().key(), m.table().shortKey() + " " + m.address(), raw,
                    format(v) + (m.tag().unit().isEmpty() ? "" : " " + m.tag().unit())));
        }
        out.print(b);
        out.flush();
    }

    private static String raw(WireImage wire, Mapping m) {
        int w0 = wire.word(m.table(), m.address());
        if (m.width() == 1) {
            return w0 == WireImage.NONE ? "-" : Integer.toString(w0);
        }
        int w1 = wire.word(m.table(), m.address() + 1);
        return w0 == WireImage.NONE || w1 == WireImage.NONE ? "-" : String.format(Locale.ROOT, "%04x%04x", w0, w1);
    }

    private static String counters(CommHealth h) {
        return "requests=" + h.requests() + " replies=" + h.replies() + " exceptions=" + h.exceptionReplies()
                + " crc_errors=" + h.crcErrors() + " framing_errors=" + h.framingErrors() + " timeouts=" + h.timeouts();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
