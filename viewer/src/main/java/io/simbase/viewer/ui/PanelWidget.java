package io.simbase.viewer.ui;

/**
 * One control or indicator of the operator panel, laid out in window pixels. Built with the
 * layout; {@link #pressed} and {@link #localValue} change on the render thread as the operator
 * works it.
 */
public final class PanelWidget {
    /** What the widget is. */
    public enum Kind { BUTTON, ESTOP, SELECTOR, SETPOINT, LIGHT, DISPLAY }

    public final String componentId;
    public final Kind kind;
    public final String label;
    /** The tag it writes (controls) or shows (indicators); null when the scene file does not say. */
    public final String tag;
    public final int tagIndex;
    /** The visual it shows (pilot lights), or -1. */
    public final int visualIndex;
    public final float min;
    public final float max;
    public final float[] colour;
    public float x;
    public float y;
    public float w;
    public float h;
    public boolean pressed;
    public double localValue = Double.NaN;

    PanelWidget(String componentId, Kind kind, String label, String tag, int tagIndex, int visualIndex,
                float min, float max, float[] colour) {
        this.componentId = componentId;
        this.kind = kind;
        this.label = label;
        this.tag = tag;
        this.tagIndex = tagIndex;
        this.visualIndex = visualIndex;
        this.min = min;
        this.max = max;
        this.colour = colour;
    }

    public boolean contains(float px, float py) {
        return px >= x && px < x + w && py >= y && py < y + h;
    }

    /** Centre of the widget's control area, window pixels (for synthetic clicks in tests). */
    public float centreX() {
        return x + w / 2;
    }

    public float centreY() {
        return y + h * 0.6f;
    }
}
