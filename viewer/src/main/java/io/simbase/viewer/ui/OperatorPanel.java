package io.simbase.viewer.ui;

import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.TagInfo;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.state.Colours;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.state.LayoutDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator panel as a 2D strip at the bottom of the window, bound to the scene's panel
 * components: push buttons (pressed while the mouse or the key is down), the emergency stop
 * (latching: a click presses, the next releases), selector switches (a click moves to the next
 * position), setpoint sliders (drag), pilot lights and numeric displays. Controls write their
 * tag with {@code set_input} through an {@link InputSink}: 1 pressed / 0 released for buttons
 * and the e-stop, the position for a selector, the value for a setpoint.
 *
 * <p>Keys: F1, F2, ... work the controls in panel order. Render thread only; drawing
 * allocates nothing.
 */
public final class OperatorPanel {
    /** Where operator inputs go (the server link). */
    public interface InputSink {
        void setInput(String tag, double value);
    }

    public static final float HEIGHT = 118;
    private static final float WIDGET_W = 120;
    private static final float GAP = 10;

    private final Messages messages;
    private final InputSink sink;
    private final List<PanelWidget> widgets = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(64);
    private PanelWidget dragging;
    private PanelWidget held;
    private long lastSlideSendNanos;

    public OperatorPanel(Messages messages, InputSink sink) {
        this.messages = messages;
        this.sink = sink;
    }

    /** Rebuilds the widgets for a new layout. */
    public void bind(SessionLayout layout, LayoutDetails scene, PlantMirror mirror) {
        widgets.clear();
        for (ComponentInfo c : layout.getComponentsList()) {
            PanelWidget.Kind kind = kindOf(c.getType());
            if (kind == null) {
                continue;
            }
            List<String> tags = scene.tagsOf(c.getId());
            String tag = tags.isEmpty() ? null : tags.get(0);
            int ti = tag == null ? -1 : mirror.tagIndex(tag);
            float min = 0;
            float max = 1;
            if (ti >= 0) {
                TagInfo t = layout.getTags(ti);
                if (t.getMax() > t.getMin()) {
                    min = (float) t.getMin();
                    max = (float) t.getMax();
                }
            }
            String label = messages.label(c.getPropertiesOrDefault("label", c.getId()), c.getPropertiesOrDefault("label_zh", ""));
            float[] colour = Colours.of(c.getPropertiesOrDefault("colour", kind == PanelWidget.Kind.ESTOP ? "red" : "green"), 4);
            widgets.add(new PanelWidget(c.getId(), kind, label, tag, ti, mirror.visualIndex(c.getId(), "value"),
                    min, max, colour));
        }
    }

    private static PanelWidget.Kind kindOf(String type) {
        return switch (type) {
            case "button" -> PanelWidget.Kind.BUTTON;
            case "estop" -> PanelWidget.Kind.ESTOP;
            case "selector" -> PanelWidget.Kind.SELECTOR;
            case "setpoint" -> PanelWidget.Kind.SETPOINT;
            case "light" -> PanelWidget.Kind.LIGHT;
            case "display" -> PanelWidget.Kind.DISPLAY;
            default -> null;
        };
    }

    public List<PanelWidget> widgets() {
        return widgets;
    }

    /** Places the widgets along the bottom of a window of this size. */
    public void layout(int width, int height) {
        float total = widgets.size() * (WIDGET_W + GAP) - GAP;
        float x = Math.max(GAP, (width - total) / 2);
        for (int i = 0; i < widgets.size(); i++) { // by index: no iterator on the frame path
            PanelWidget w = widgets.get(i);
            w.x = x;
            w.y = height - HEIGHT + 8;
            w.w = WIDGET_W;
            w.h = HEIGHT - 16;
            x += WIDGET_W + GAP;
        }
    }

    /** True when a panel is shown (the scene has panel items). */
    public boolean visible() {
        return !widgets.isEmpty();
    }

    // ------------------------------------------------------------ input

    /** A mouse button went down at a window position; true when the panel took it. */
    public boolean mouseDown(float px, float py) {
        for (PanelWidget w : widgets) {
            if (w.contains(px, py)) {
                press(w, px);
                return true;
            }
        }
        return false;
    }

    public void mouseUp() {
        if (held != null) {
            release(held);
            held = null;
        }
        dragging = null;
    }

    public void mouseMove(float px) {
        if (dragging != null) {
            slide(dragging, px, false);
        }
    }

    /** Function key {@code n} (0 for F1) pressed or released. */
    public void key(int n, boolean down) {
        int k = 0;
        for (PanelWidget w : widgets) {
            if (w.kind == PanelWidget.Kind.LIGHT || w.kind == PanelWidget.Kind.DISPLAY) {
                continue;
            }
            if (k++ == n) {
                if (down) {
                    if (w.kind != PanelWidget.Kind.SETPOINT) {
                        press(w, w.centreX());
                    }
                } else if (held == w) {
                    release(w);
                    held = null;
                }
                return;
            }
        }
    }

    private void press(PanelWidget w, float px) {
        if (w.tag == null) {
            return;
        }
        switch (w.kind) {
            case BUTTON -> {
                w.pressed = true;
                held = w;
                sink.setInput(w.tag, 1);
            }
            case ESTOP -> {
                w.pressed = !w.pressed;
                sink.setInput(w.tag, w.pressed ? 1 : 0);
            }
            case SELECTOR -> {
                double now = Double.isNaN(w.localValue) ? 0 : w.localValue;
                double next = now + 1 > w.max ? w.min : now + 1;
                w.localValue = next;
                sink.setInput(w.tag, next);
            }
            case SETPOINT -> {
                dragging = w;
                slide(w, px, true);
            }
            default -> {
            }
        }
    }

    private void release(PanelWidget w) {
        if (w.kind == PanelWidget.Kind.BUTTON && w.pressed) {
            w.pressed = false;
            sink.setInput(w.tag, 0);
        }
    }

    private void slide(PanelWidget w, float px, boolean force) {
        float f = Math.max(0, Math.min(1, (px - w.x - 10) / (w.w - 20)));
        double v = w.min + f * (w.max - w.min);
        w.localValue = v;
        long now = System.nanoTime();
        if (force || now - lastSlideSendNanos > 100_000_000L) { // at most 10 inputs a second while dragging
            lastSlideSendNanos = now;
            sink.setInput(w.tag, v);
        }
    }

    // ------------------------------------------------------------ drawing

    public void draw(Overlay o, Font f, PlantMirror m, int width, int height) {
        if (widgets.isEmpty()) {
            return;
        }
        PanelWidget first = widgets.get(0);
        PanelWidget last = widgets.get(widgets.size() - 1);
        o.rect(first.x - 8, height - HEIGHT, last.x + last.w - first.x + 16, HEIGHT, 0.16f, 0.18f, 0.2f, 0.92f);
        for (int i = 0; i < widgets.size(); i++) {
            drawWidget(o, f, m, widgets.get(i));
        }
    }

    private void drawWidget(Overlay o, Font f, PlantMirror m, PanelWidget w) {
        o.rect(w.x, w.y, w.w, w.h, 0.78f, 0.79f, 0.8f, 1f);
        float lw = f.width(w.label);
        f.draw(o, w.label, w.x + (w.w - lw) / 2, w.y + 20, 0.08f, 0.08f, 0.1f, 1f);
        float cx = w.centreX();
        float cy = w.centreY();
        double value = m.tag(w.tagIndex);
        switch (w.kind) {
            case BUTTON -> {
                float s = w.pressed ? 34 : 38;
                o.rect(cx - 24, cy - 24, 48, 48, 0.25f, 0.25f, 0.27f, 1f);
                float k = w.pressed ? 0.7f : 1f;
                o.rect(cx - s / 2, cy - s / 2, s, s, w.colour[0] * k, w.colour[1] * k, w.colour[2] * k, 1f);
            }
            case ESTOP -> {
                o.rect(cx - 26, cy - 26, 52, 52, 0.95f, 0.8f, 0.1f, 1f);
                float s = w.pressed ? 32 : 40;
                o.rect(cx - s / 2, cy - s / 2, s, s, 0.8f, 0.08f, 0.08f, 1f);
            }
            case SELECTOR -> {
                double pos = Double.isNaN(value) ? w.localValue : value;
                o.rect(cx - 22, cy - 22, 44, 44, 0.2f, 0.2f, 0.22f, 1f);
                boolean right = !Double.isNaN(pos) && pos > w.min;
                o.rect(right ? cx - 2 : cx - 16, cy - 4, 18, 8, 0.95f, 0.95f, 0.95f, 1f);
                text.setLength(0);
                Numbers.fixed(text, Double.isNaN(pos) ? 0 : pos, 0);
                f.draw(o, text, cx + 26, cy + 6, 0.1f, 0.1f, 0.1f, 1f);
            }
            case SETPOINT -> {
                double v = !Double.isNaN(w.localValue) ? w.localValue : value;
                float frac = Double.isNaN(v) ? 0 : (float) ((v - w.min) / (w.max - w.min));
                frac = Math.max(0, Math.min(1, frac));
                o.rect(w.x + 10, cy - 3, w.w - 20, 6, 0.3f, 0.3f, 0.32f, 1f);
                o.rect(w.x + 10 + frac * (w.w - 20) - 6, cy - 12, 12, 24, 0.15f, 0.4f, 0.8f, 1f);
                text.setLength(0);
                Numbers.fixed(text, Double.isNaN(v) ? 0 : v, 2);
                f.draw(o, text, cx - f.width(text) / 2, cy + 30, 0.1f, 0.1f, 0.1f, 1f);
            }
            case LIGHT -> {
                boolean on = m.visualLatest(w.visualIndex) > 0.5f || value > 0.5;
                o.rect(cx - 24, cy - 24, 48, 48, 0.25f, 0.25f, 0.27f, 1f);
                float k = on ? 1f : 0.28f;
                o.rect(cx - 19, cy - 19, 38, 38, w.colour[0] * k, w.colour[1] * k, w.colour[2] * k, 1f);
                if (on) {
                    o.rect(cx - 10, cy - 14, 10, 8, 1f, 1f, 1f, 0.55f);
                }
            }
            case DISPLAY -> {
                o.rect(w.x + 10, cy - 18, w.w - 20, 36, 0.05f, 0.12f, 0.05f, 1f);
                text.setLength(0);
                Numbers.fixed(text, value, 2);
                f.draw(o, text, w.x + w.w - 16 - f.width(text), cy + 7, 0.3f, 1f, 0.3f, 1f);
            }
        }
    }
}
