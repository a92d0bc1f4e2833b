package io.simbase.viewer.app;

import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.PlantViews;
import io.simbase.viewer.state.PartLook;
import io.simbase.viewer.state.PlantMirror;
import java.util.List;
import org.joml.Intersectionf;
import org.joml.Vector2f;
import org.joml.Vector3f;

/**
 * Finds what a click hit: the nearest part or component whose box the ray through the pixel
 * crosses (parts win ties, being on top of things). Render thread; allocates per click.
 */
final class Picker {
    private Picker() {
    }

    /** The result of a pick: a part id or a component view, or nothing. */
    record Hit(long partId, PartLook look, ComponentView component) {
    }

    static Hit pick(Vector3f origin, Vector3f dir, PlantViews plant, List<PartLook> looks, PlantMirror m, long now) {
        Vector2f t = new Vector2f();
        float best = Float.MAX_VALUE;
        Hit hit = null;
        float a = m.alpha(now);
        for (int i = 0; i < m.partCount() && !looks.isEmpty(); i++) {
            PartLook l = looks.get(Math.min(Math.max(m.partType(i), 0), looks.size() - 1));
            float x = m.partPosition(i, 0, a);
            float y = m.partPosition(i, 1, a);
            float z = m.partPosition(i, 2, a);
            float pad = 0.01f;
            if (Intersectionf.intersectRayAab(origin.x, origin.y, origin.z, dir.x, dir.y, dir.z,
                    x - l.sizeX() / 2 - pad, y - l.sizeY() / 2 - pad, z - pad,
                    x + l.sizeX() / 2 + pad, y + l.sizeY() / 2 + pad, z + l.sizeZ() + pad, t) && t.x < best) {
                best = t.x;
                hit = new Hit(m.partId(i), l, null);
            }
        }
        for (ComponentView c : plant.views()) {
            float[] b = c.bounds;
            if (b[3] <= b[0]) {
                continue;
            }
            if (Intersectionf.intersectRayAab(origin.x, origin.y, origin.z, dir.x, dir.y, dir.z,
                    b[0], b[1], b[2], b[3], b[4], b[5], t) && t.x < best - 0.02f) {
                best = t.x;
                hit = new Hit(-1, null, c);
            }
        }
        return hit;
    }
}
