package io.simbase.viewer.ui;

import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.state.PlantMirror;

/**
 * The heads-up line across the top: connection state and round-trip time, session, sim time,
 * paused or running, part count, and the last error; a help line under it. The texts of the
 * link states are looked up once. Render thread only; drawing allocates nothing.
 */
public final class HeadsUpLine {
    public static final float HEIGHT = 30;

    private final Messages messages;
    private final String[] stateTexts = new String[LinkState.values().length];
    private final String rtt;
    private final String sim;
    private final String paused;
    private final String running;
    private final String parts;
    private final String help;
    private final String scale;
    private final String rigLabel;
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
        rigLabel = messages.get("hud.rig");
    }

    public Messages messages() {
        return messages;
    }

    /**
     * Draws the line.
     *
     * @param roundTripNanos -1 when unknown
     * @param status the session's time scale (NaN: unknown) and rig
     * @param error the link's last error, or ""
     */
    public void draw(Overlay o, Font f, PlantMirror m, LinkState state, long roundTripNanos, String title,
                     SessionStatus status, String error, int width) {
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
        String rig = status.rig();
        if (!rig.isEmpty()) {
            line.append("   ").append(rigLabel).append(' ').append(rig);
        }
        line.append("   ").append(parts).append(' ').append(m.partCount());
        float x = f.draw(o, line, 30, 20, 0.95f, 0.95f, 0.95f, 1f);
        if (!error.isEmpty() && state != LinkState.LIVE) {
            f.draw(o, error, x + 20, 20, 1f, 0.55f, 0.45f, 1f);
        }
        f.draw(o, help, 10, HEIGHT + 18, 0.15f, 0.15f, 0.18f, 0.8f);
    }
}
