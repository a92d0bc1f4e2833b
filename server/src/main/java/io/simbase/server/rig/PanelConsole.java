package io.simbase.server.rig;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operator panel of {@code rig serve} in the terminal: one command a line on standard input,
 * applied to the scene's panel controls as an operator's action (like a student's press in the
 * dashboard), so a start/stop exercise can be tried on a bench without the server.
 *
 * <pre>
 * press TAG          a button or e-stop: pressed (1)
 * release TAG        released (0)
 * set TAG VALUE      a selector's position or a setpoint's value, in the tag's range
 * panel              the panel's controls and their ranges
 * </pre>
 *
 * Each command is answered with one line starting {@code panel: }; a mistake (unknown command or
 * tag, a tag that is not a panel control, a value out of range) is answered the same way and the
 * console goes on. The end of input ends the console, not the run. Runs on its own daemon thread;
 * hands actions to the runner's bounded operator queue ({@link RealTimeRunner#operate}).
 */
final class PanelConsole {
    private final BufferedReader in;
    private final PrintWriter out;
    private final IoLayout layout;
    private final boolean[] panelTags;
    private final RealTimeRunner runner;
    private final Thread thread;

    PanelConsole(InputStream in, PrintWriter out, IoLayout layout, boolean[] panelTags, RealTimeRunner runner) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.layout = layout;
        this.panelTags = panelTags.clone();
        this.runner = runner;
        this.thread = new Thread(this::run, "rig serve panel");
        this.thread.setDaemon(true);
    }

    PanelConsole start() {
        thread.start();
        return this;
    }

    /** The panel's controls, e.g. {@code start_pb (bool), setpoint (real 0..3 m)}; empty when the scene has none. */
    String controls() {
        List<String> names = new ArrayList<>();
        for (TagDef t : layout.tags()) {
            if (panelTags[t.index()]) {
                names.add(t.name() + " (" + range(t) + ")");
            }
        }
        return String.join(", ", names);
    }

    private void run() {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                String reply = handle(line);
                if (reply != null) {
                    out.println("panel: " + reply);
                    out.flush();
                }
            }
        } catch (IOException e) {
            out.println("panel: input closed: " + e.getMessage());
            out.flush();
        }
    }

    /** Applies one command line; returns the answer (without the prefix), or null for a blank line or a comment. */
    String handle(String line) {
        String[] w = line.trim().split("\\s+");
        if (w[0].isEmpty() || w[0].startsWith("#")) {
            return null;
        }
        String verb = w[0].toLowerCase(Locale.ROOT);
        switch (verb) {
            case "press":
            case "release":
                if (w.length != 2) {
                    return "usage: " + verb + " TAG";
                }
                return operate(w[1], verb.equals("press") ? 1 : 0, true);
            case "set":
                if (w.length != 3) {
                    return "usage: set TAG VALUE";
                }
                double v;
                try {
                    v = Double.parseDouble(w[2]);
                } catch (NumberFormatException e) {
                    return "set " + w[1] + ": '" + w[2] + "' is not a number";
                }
                return operate(w[1], v, false);
            case "panel":
            case "help":
                String c = controls();
                return "press TAG | release TAG | set TAG VALUE; controls: " + (c.isEmpty() ? "none" : c);
            default:
                return "unknown command '" + w[0] + "' (press TAG, release TAG, set TAG VALUE, panel)";
        }
    }

    private String operate(String name, double value, boolean button) {
        TagDef t = layout.find(name);
        if (t == null || !panelTags[t.index()]) {
            String c = controls();
            return "'" + name + "' is not a panel control of this scene (" + (c.isEmpty() ? "it has none" : c) + ")";
        }
        if (button && t.type() != TagType.BOOL) {
            return name + " is a " + range(t) + " control: use set " + name + " VALUE";
        }
        if (!t.accepts(value)) {
            return name + ": " + format(value) + " is out of " + range(t);
        }
        if (!runner.operate(t.index(), value)) {
            return name + ": the plant's input queue is full, try again";
        }
        return button ? name + (value != 0 ? " pressed" : " released") : name + " set to " + format(value);
    }

    private static String range(TagDef t) {
        if (t.type() == TagType.BOOL) {
            return "bool";
        }
        return t.type().key() + " " + format(t.min()) + ".." + format(t.max()) + (t.unit().isEmpty() ? "" : " " + t.unit());
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
