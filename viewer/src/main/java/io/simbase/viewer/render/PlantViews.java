package io.simbase.viewer.render;

import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.viewer.render.drawers.ComponentDrawers;
import io.simbase.viewer.state.PlantMirror;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A layout's components paired with their drawers, and the plant's bounds: what the renderer
 * and the camera need, computed without a GL context (tests project points with it too).
 * Immutable after {@link #of}.
 */
public final class PlantViews {
    private final List<ComponentView> views;
    private final List<ComponentDrawer> drawers;
    private final float[] bounds;

    private PlantViews(List<ComponentView> views, List<ComponentDrawer> drawers, float[] bounds) {
        this.views = views;
        this.drawers = drawers;
        this.bounds = bounds;
    }

    /** The views of {@code layout}, whose visual indices resolve against {@code mirror}. */
    public static PlantViews of(SessionLayout layout, PlantMirror mirror) {
        List<ComponentView> views = new ArrayList<>();
        List<ComponentDrawer> drawers = new ArrayList<>();
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (ComponentInfo c : layout.getComponentsList()) {
            ComponentDrawer d = ComponentDrawers.of(c.getType());
            ComponentView v = new ComponentView(c, mirror, d.visualNames());
            d.prepare(v, mirror);
            views.add(v);
            drawers.add(d);
            if (v.bounds[3] > v.bounds[0]) {
                for (int k = 0; k < 3; k++) {
                    b[k] = Math.min(b[k], v.bounds[k]);
                    b[k + 3] = Math.max(b[k + 3], v.bounds[k + 3]);
                }
            }
        }
        if (b[0] > b[3]) {
            b = new float[] {-1, -1, -1, 1, 1, 1};
        }
        return new PlantViews(Collections.unmodifiableList(views), Collections.unmodifiableList(drawers), b);
    }

    /** Gives each view the words of its drawer's label ({@link ComponentDrawer#wordKeys}), as {@code text} says them. */
    public void nameWords(UnaryOperator<String> text) {
        for (int i = 0; i < views.size(); i++) {
            String[] keys = drawers.get(i).wordKeys();
            String[] words = new String[keys.length];
            for (int k = 0; k < keys.length; k++) {
                words[k] = text.apply(keys[k]);
            }
            views.get(i).words = words;
        }
    }

    public List<ComponentView> views() {
        return views;
    }

    public ComponentDrawer drawer(int i) {
        return drawers.get(i);
    }

    /** Min x, y, z, max x, y, z of the components, metres (a copy). */
    public float[] bounds() {
        return bounds.clone();
    }

    /** The view of a component id, or null. */
    public ComponentView view(String id) {
        for (ComponentView v : views) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }

    /** Points the camera at the plant as the viewer does when a layout arrives. */
    public void fit(OrbitCamera camera) {
        camera.fit(bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5]);
    }
}
