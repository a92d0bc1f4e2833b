package io.simbase.server.metrics;

import io.simbase.server.session.SessionRegistry;
import io.simbase.server.session.SimThread;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Server-wide figures: step lateness (HdrHistogram, nanoseconds, per sim thread and in
 * total since start), counters, and Prometheus text. Readers synchronize on this object;
 * the sim threads never wait for them (HdrHistogram's Recorder flips buffers).
 */
public final class ServerMetrics {
    /** How many ticks the recent figure covers. */
    public static final int RECENT_SECONDS = 10;
    private final SessionRegistry registry;
    private final Histogram[] perThread;
    private final Histogram[] recycle;
    private final Histogram total = new Histogram(3);
    private final Histogram window = new Histogram(3);
    /** The steps that ran in the window, uncorrected: what the lateness figures were before 0027. */
    private final Histogram stepsRunWindow = new Histogram(3);
    private final Histogram[] stepsRunRecycle;
    /** Lateness of each of the last {@value #RECENT_SECONDS} ticks (about one second each), a ring. */
    private final Histogram[] recentTicks = new Histogram[RECENT_SECONDS];
    private final Histogram recentSum = new Histogram(3);
    private int recentNext;
    private volatile double recentP99Ms;
    public final AtomicLong connections = new AtomicLong();
    /** Sessions refused because recent step lateness was above the capacity limit. */
    public final AtomicLong refusedForCapacity = new AtomicLong();
    public final AtomicLong connectionErrors = new AtomicLong();
    public final AtomicLong messagesIn = new AtomicLong();

    public ServerMetrics(SessionRegistry registry) {
        this.registry = registry;
        int n = registry.threads().size();
        this.perThread = new Histogram[n];
        this.recycle = new Histogram[n];
        this.stepsRunRecycle = new Histogram[n];
        for (int i = 0; i < n; i++) {
            perThread[i] = new Histogram(3);
        }
        for (int i = 0; i < RECENT_SECONDS; i++) {
            recentTicks[i] = new Histogram(3);
        }
    }

    /**
     * Closes the current tick of the recent-lateness ring: call about once a second (the
     * session registry's housekeeping does). Afterwards {@link #recentLatenessP99Ms()} covers the
     * last {@value #RECENT_SECONDS} ticks.
     */
    public synchronized void tick() {
        snapshot();
        recentNext = (recentNext + 1) % RECENT_SECONDS;
        recentSum.reset();
        for (Histogram h : recentTicks) {
            recentSum.add(h);
        }
        recentP99Ms = recentSum.getTotalCount() == 0 ? 0 : ms(recentSum.getValueAtPercentile(99));
        recentTicks[recentNext].reset();
    }

    /** p99 step lateness over the last few seconds ({@link #tick}), ms; 0 before any step. Any thread. */
    public double recentLatenessP99Ms() {
        return recentP99Ms;
    }

    /** A consistent reading of everything. */
    public record Snapshot(int sessions, long connections, long steps, long skippedSteps, long frames, long bytes,
                           long merged, long tooSlow, long failedSessions, double p50Ms, double p99Ms, double p999Ms, double maxMs,
                           long lateSamples, double[] threadP99Ms, double[] threadMaxMs) {
    }

    public synchronized Snapshot snapshot() {
        List<SimThread> ts = registry.threads();
        long steps = 0, skipped = 0, frames = 0, bytes = 0, merged = 0, tooSlow = 0, failed = 0;
        double[] tp99 = new double[ts.size()];
        double[] tmax = new double[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            SimThread t = ts.get(i);
            Histogram h = t.latenessInterval(recycle[i]);
            perThread[i].add(h);
            total.add(h);
            window.add(h);
            recentTicks[recentNext].add(h);
            recycle[i] = h;
            Histogram run = t.stepsRunLatenessInterval(stepsRunRecycle[i]);
            stepsRunWindow.add(run);
            stepsRunRecycle[i] = run;
            tp99[i] = ms(perThread[i].getValueAtPercentile(99));
            tmax[i] = ms(perThread[i].getMaxValue());
            SimThread.Counters c = t.counters();
            steps += c.steps;
            skipped += c.skippedSteps;
            frames += c.frames;
            bytes += c.bytes;
            merged += c.merged;
            tooSlow += c.tooSlow;
            failed += c.failedSessions;
        }
        return new Snapshot(registry.size(), connections.get(), steps, skipped, frames, bytes, merged, tooSlow, failed,
                ms(total.getValueAtPercentile(50)), ms(total.getValueAtPercentile(99)),
                ms(total.getValueAtPercentile(99.9)), ms(total.getMaxValue()), total.getTotalCount(), tp99, tmax);
    }

    /**
     * Step lateness since the previous call (a measurement window, e.g. for the load
     * generator), as one line: {@code p50_ms= p99_ms= p999_ms= max_ms= count=} over every due
     * step, the skipped ones included (docs/decisions/0027), then the same for the steps that ran
     * only ({@code run_p50_ms= ... run_count=}, uncorrected, as measured before); resets the window.
     */
    public synchronized String latenessWindow() {
        snapshot();
        String s = String.format(Locale.ROOT, "p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f count=%d"
                        + " run_p50_ms=%.3f run_p99_ms=%.3f run_p999_ms=%.3f run_max_ms=%.3f run_count=%d%n",
                ms(window.getValueAtPercentile(50)), ms(window.getValueAtPercentile(99)),
                ms(window.getValueAtPercentile(99.9)), ms(window.getMaxValue()), window.getTotalCount(),
                ms(stepsRunWindow.getValueAtPercentile(50)), ms(stepsRunWindow.getValueAtPercentile(99)),
                ms(stepsRunWindow.getValueAtPercentile(99.9)), ms(stepsRunWindow.getMaxValue()),
                stepsRunWindow.getTotalCount());
        window.reset();
        stepsRunWindow.reset();
        return s;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Prometheus text exposition format, version 0.0.4. */
    public String prometheus() {
        Snapshot s = snapshot();
        StringBuilder b = new StringBuilder(1024);
        gauge(b, "simbase_sessions", "Live sessions.", s.sessions());
        gauge(b, "simbase_connections", "Open WebSocket connections.", s.connections());
        counter(b, "simbase_steps_total", "Steps run by all sim threads.", s.steps());
        counter(b, "simbase_skipped_steps_total", "Steps skipped by sessions that fell a period behind (their "
                + "lateness is in simbase_step_lateness_seconds, corrected for coordinated omission).", s.skippedSteps());
        counter(b, "simbase_frames_sent_total", "State and event messages handed to connections.", s.frames());
        counter(b, "simbase_bytes_sent_total", "Bytes of those messages.", s.bytes());
        counter(b, "simbase_merged_samples_total", "Deltas merged away for clients that were not writable.", s.merged());
        counter(b, "simbase_slow_disconnects_total", "Clients disconnected for falling too far behind.", s.tooSlow());
        counter(b, "simbase_sessions_failed_total", "Sessions closed because the server failed running them "
                + "(their recordings are kept; see the log).", s.failedSessions());
        counter(b, "simbase_sessions_refused_capacity_total", "New sessions refused while step lateness was above "
                + "the capacity limit.", refusedForCapacity.get());
        b.append("# HELP simbase_step_lateness_recent_p99_seconds p99 step lateness over the last ").append(RECENT_SECONDS)
                .append(" s (what the capacity limit looks at).\n# TYPE simbase_step_lateness_recent_p99_seconds gauge\n")
                .append("simbase_step_lateness_recent_p99_seconds ").append(recentP99Ms / 1e3).append('\n');
        b.append("# HELP simbase_step_lateness_seconds How late each step started after its deadline, since start.\n")
                .append("# TYPE simbase_step_lateness_seconds summary\n");
        quantile(b, "0.5", s.p50Ms());
        quantile(b, "0.99", s.p99Ms());
        quantile(b, "0.999", s.p999Ms());
        b.append("simbase_step_lateness_seconds_count ").append(s.lateSamples()).append('\n');
        b.append("# HELP simbase_step_lateness_max_seconds Worst step lateness since start.\n")
                .append("# TYPE simbase_step_lateness_max_seconds gauge\n")
                .append("simbase_step_lateness_max_seconds ").append(s.maxMs() / 1e3).append('\n');
        b.append("# HELP simbase_thread_step_lateness_p99_seconds p99 step lateness per sim thread.\n")
                .append("# TYPE simbase_thread_step_lateness_p99_seconds gauge\n");
        for (int i = 0; i < s.threadP99Ms().length; i++) {
            b.append("simbase_thread_step_lateness_p99_seconds{thread=\"").append(i).append("\"} ")
                    .append(s.threadP99Ms()[i] / 1e3).append('\n');
        }
        b.append("# HELP simbase_sim_thread_scheduling How the OS schedules each sim thread (value 1 when the "
                + "requested --sim-priority was granted).\n# TYPE simbase_sim_thread_scheduling gauge\n");
        List<SimThread> ts = registry.threads();
        for (int i = 0; i < ts.size(); i++) {
            var o = ts.get(i).scheduling();
            b.append("simbase_sim_thread_scheduling{thread=\"").append(i).append("\",setting=\"")
                    .append(o.description().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append("\"} ")
                    .append(o.applied() ? 1 : 0).append('\n');
        }
        b.append("# HELP simbase_sim_thread_busy_seconds_total Time each sim thread spent working, not parked "
                + "(its rate is the thread's share of a core: headroom left for more sessions).\n"
                + "# TYPE simbase_sim_thread_busy_seconds_total counter\n");
        for (int i = 0; i < ts.size(); i++) {
            b.append("simbase_sim_thread_busy_seconds_total{thread=\"").append(i).append("\"} ")
                    .append(ts.get(i).counters().busyNanos / 1e9).append('\n');
        }
        b.append("# HELP simbase_sim_thread_sessions Live sessions per sim thread.\n"
                + "# TYPE simbase_sim_thread_sessions gauge\n");
        for (int i = 0; i < ts.size(); i++) {
            b.append("simbase_sim_thread_sessions{thread=\"").append(i).append("\"} ")
                    .append(ts.get(i).counters().sessions).append('\n');
        }
        b.append("# HELP simbase_jvm_heap_used_bytes JVM heap in use.\n# TYPE simbase_jvm_heap_used_bytes gauge\n")
                .append("simbase_jvm_heap_used_bytes ")
                .append(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()).append('\n');
        return b.toString();
    }

    private static void quantile(StringBuilder b, String q, double ms) {
        b.append("simbase_step_lateness_seconds{quantile=\"").append(q).append("\"} ").append(ms / 1e3).append('\n');
    }

    private static void gauge(StringBuilder b, String name, String help, long v) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(v).append('\n');
    }

    private static void counter(StringBuilder b, String name, String help, long v) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" counter\n").append(name).append(' ').append(v).append('\n');
    }
}
