package io.simbase.viewer.ui;

import io.simbase.protocol.v1.SessionLayout;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.state.PartLook;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.state.LayoutDetails;
import java.util.ArrayList;
import java.util.List;

/**
 * The box at the top right that shows what a click picked: a component with its wired tags
 * and its visual values, or a part with its type, material and position, all live.
 * Render thread only; selecting allocates, drawing does not.
 */
public final class Inspector {
    private final Messages messages;
    private final StringBuilder text = new StringBuilder(128);
    private String title;
    private final List<String> tagNames = new ArrayList<>();
    private final List<Integer> tagIndices = new ArrayList<>();
    private final List<String> tagTypes = new ArrayList<>();
    private final List<String> tagUnits = new ArrayList<>();
    private final String on;
    private final String off;
    private final List<String> visualNames = new ArrayList<>();
    private final List<Integer> visualIndices = new ArrayList<>();
    private long partId = -1;
    private PartLook partLook;

    public Inspector(Messages messages) {
        this.messages = messages;
        this.on = messages.get("panel.on");
        this.off = messages.get("panel.off");
    }

    public void clear() {
        title = null;
        partId = -1;
        tagNames.clear();
        tagIndices.clear();
        tagTypes.clear();
        tagUnits.clear();
        visualNames.clear();
        visualIndices.clear();
    }

    /** The title of what is selected, or null. */
    public String selection() {
        return title;
    }

    public void selectComponent(ComponentView c, LayoutDetails scene, PlantMirror m) {
        clear();
        title = c.id + " (" + c.type + ")";
        SessionLayout l = m.layout();
        for (String t : scene.tagsOf(c.id)) {
            int i = m.tagIndex(t);
            tagNames.add(t);
            tagIndices.add(i);
            tagTypes.add(i < 0 ? "real" : l.getTags(i).getType());
            tagUnits.add(i < 0 ? "" : l.getTags(i).getUnit());
        }
        String prefix = c.id + ".";
        for (int i = 0; i < l.getVisualNamesCount(); i++) {
            if (l.getVisualNames(i).startsWith(prefix)) {
                visualNames.add(l.getVisualNames(i).substring(prefix.length()));
                visualIndices.add(i);
            }
        }
    }

    public void selectPart(long id, PartLook look) {
        clear();
        partId = id;
        partLook = look;
        title = messages.get("inspect.part") + " #" + id + "  " + look.name() + " (" + look.material() + ")";
    }

    public long selectedPart() {
        return partId;
    }

    /** Draws the selection's box at the right, from {@code top} down; nothing when none is selected. */
    public void draw(Overlay o, Font f, PlantMirror m, int width, float top) {
        if (title == null) {
            return;
        }
        float lineH = f.pixelHeight() + 4;
        int lines = 1 + (tagNames.isEmpty() ? 0 : 1 + tagNames.size()) + (visualNames.isEmpty() ? 0 : 1 + visualNames.size())
                + (partId >= 0 ? 1 : 0);
        float w = 330;
        float x = width - w - 10;
        float y = top + 10;
        o.rect(x, y, w, lines * lineH + 12, 1f, 1f, 1f, 0.9f);
        o.frame(x, y, w, lines * lineH + 12, 2, 0.95f, 0.75f, 0.1f, 1f);
        float ty = y + lineH;
        f.draw(o, title, x + 8, ty, 0.05f, 0.05f, 0.1f, 1f);
        if (partId >= 0) {
            ty += lineH;
            int i = indexOfPart(m);
            text.setLength(0);
            if (i >= 0) {
                text.append("x ");
                Numbers.fixed(text, m.partLatest(i, 0), 3).append("  y ");
                Numbers.fixed(text, m.partLatest(i, 1), 3).append("  z ");
                Numbers.fixed(text, m.partLatest(i, 2), 3).append(" m");
            } else {
                text.append('-');
            }
            f.draw(o, text, x + 16, ty, 0.1f, 0.1f, 0.1f, 1f);
        }
        if (!tagNames.isEmpty()) {
            ty += lineH;
            f.draw(o, messages.get("inspect.tags"), x + 8, ty, 0.3f, 0.3f, 0.35f, 1f);
            for (int i = 0; i < tagNames.size(); i++) {
                ty += lineH;
                text.setLength(0);
                text.append(tagNames.get(i)).append(" = ");
                double v = m.tag(tagIndices.get(i));
                switch (tagTypes.get(i)) {
                    case "bool" -> text.append(v != 0 ? on : off);
                    case "int" -> Numbers.fixed(text, v, 0);
                    default -> Numbers.fixed(text, v, 3);
                }
                if (!tagUnits.get(i).isEmpty()) {
                    text.append(' ').append(tagUnits.get(i));
                }
                f.draw(o, text, x + 16, ty, 0.1f, 0.1f, 0.1f, 1f);
            }
        }
        if (!visualNames.isEmpty()) {
            ty += lineH;
            f.draw(o, messages.get("inspect.visuals"), x + 8, ty, 0.3f, 0.3f, 0.35f, 1f);
            for (int i = 0; i < visualNames.size(); i++) {
                ty += lineH;
                text.setLength(0);
                text.append(visualNames.get(i)).append(" = ");
                Numbers.fixed(text, m.visualLatest(visualIndices.get(i)), 3);
                f.draw(o, text, x + 16, ty, 0.1f, 0.1f, 0.1f, 1f);
            }
        }
    }

    private int indexOfPart(PlantMirror m) {
        for (int i = 0; i < m.partCount(); i++) {
            if (m.partId(i) == partId) {
                return i;
            }
        }
        return -1;
    }
}
