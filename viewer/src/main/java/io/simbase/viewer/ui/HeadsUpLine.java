package io.simbase.viewer.ui;

import io.simbase.protocol.v1.GradedRun;
import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.state.ControlMirror;
import io.simbase.viewer.state.PlantMirror;

/**
 * The heads-up line across the top: connection state and round-trip time, session, sim time,
 * paused or running, time scale, who controls the plant, part count, and the last error; under
 * it, while a graded run is known, a bar with its scenario and one chip per check (green while
 * it holds, red once failed); then a help line. The texts are looked up once. Render thread
 * only; drawing allocates nothing.
 */
public final class HeadsUpLine {
    public static final float HEIGHT = 30;
    /** Height of the graded-run bar under the line. */
    public static final float RUN_HEIGHT = 28;

    private final Messages messages;
    private final String[] stateTexts = new String[LinkState.values().length];
    private final String rtt;
    private final String sim;
    private final String paused;
    private final String running;
    private final String parts;
    private final String help;
    private final String scale;
    private final ControlText control;
    private final StringBuilder line = new StringBuilder(256);

    public HeadsUpLine(Messages messages) {
        this.messages = messages;
        for (LinkState s : LinkState.values()) {
            stateTexts[s.ordinal()] = messages.get("link." + s.name());
        }
        rtt = messages.get("hud.rtt");
        sim = messages.get("hud.sim");
        paused = messages.get("hud.paused");
        running = messages.get("hud.running");
        parts = messages.get("hud.parts");
        help = messages.get("hud.help");
        scale = messages.get("hud.timescale");
        control = new ControlText(messages);
    }

    public Messages messages() {
        return messages;
    }

    /** The line as last drawn (without the error): for {@code --screenshot}'s report and tests. */
    public CharSequence lastLine() {
        return line;
    }

    /** The words about control, as drawn. */
    public ControlText controlText() {
        return control;
    }

    /**
     * Draws the line (and the graded-run bar when {@code c} knows a run).
     *
     * @param roundTripNanos -1 when unknown
     * @param status the session's time scale (NaN: unknown) and controller
     * @param error the link's last error, or ""
     * @return the y below the line and the run bar (the help line is drawn just under it)
     */
    public float draw(Overlay o, Font f, PlantMirror m, ControlMirror c, LinkState state, long roundTripNanos,
                      String title, SessionStatus status, String error, int width) {
        o.rect(0, 0, width, HEIGHT, 0.1f, 0.12f, 0.14f, 0.85f);
        boolean live = state == LinkState.LIVE;
        o.rect(10, 9, 12, 12, live ? 0.2f : 0.9f, live ? 0.85f : 0.6f, 0.2f, 1f);
        line.setLength(0);
        line.append(stateTexts[state.ordinal()]);
        if (roundTripNanos >= 0) {
            line.append("  ").append(rtt).append(' ');
            Numbers.fixed(line, roundTripNanos / 1e6, 1).append(" ms");
        }
        line.append("   ").append(title);
        line.append("   ").append(sim).append(' ');
        Numbers.fixed(line, m.simNanos() / 1e9, 1).append(" s");
        line.append("   ").append(m.paused() ? paused : running);
        double ts = status.timeScale();
        if (!Double.isNaN(ts)) {
            line.append("   ").append(scale).append(" x");
            Numbers.fixed(line, ts, ts == Math.rint(ts) ? 0 : 1);
        }
        line.append("   ").append(parts).append(' ').append(m.partCount());
        line.append("   ").append(control.controller(c, status.controller()));
        float x = f.draw(o, line, 30, 20, 0.95f, 0.95f, 0.95f, 1f);
        if (!error.isEmpty() && state != LinkState.LIVE) {
            f.draw(o, error, x + 20, 20, 1f, 0.55f, 0.45f, 1f);
        }
        float y = HEIGHT;
        GradedRun run = c.gradedRun();
        if (run != null) {
            drawRun(o, f, run, y, width);
            y += RUN_HEIGHT;
        }
        f.draw(o, help, 10, y + 18, 0.15f, 0.15f, 0.18f, 0.8f);
        return y;
    }

    /** The graded run's heading, then a chip per check: green while it holds, red once failed. */
    private void drawRun(Overlay o, Font f, GradedRun run, float top, int width) {
        o.rect(0, top, width, RUN_HEIGHT, 0.16f, 0.17f, 0.22f, 0.85f);
        float x = f.draw(o, control.runHeading(run), 10, top + 19, 0.95f, 0.95f, 0.95f, 1f) + 16;
        for (int i = 0; i < run.getChecksCount(); i++) {
            String id = run.getChecks(i).getId();
            boolean failed = run.getChecks(i).getFailed();
            float w = f.width(id) + 12;
            o.rect(x, top + 4, w, RUN_HEIGHT - 8, failed ? 0.85f : 0.15f, failed ? 0.15f : 0.65f, failed ? 0.12f : 0.25f, 1f);
            f.draw(o, id, x + 6, top + 19, 1f, 1f, 1f, 1f);
            x += w + 6;
        }
    }
}
