package io.simbase.viewer.render;

import io.simbase.viewer.state.PartLook;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.state.LayoutDetails;
import java.nio.FloatBuffer;
import java.util.List;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryUtil;

/**
 * Draws the plant of a {@link PlantMirror}: the floor, every component through its drawer, and
 * the parts instanced by shape (boxes in one call, cylinders in another), all at the
 * interpolated instant. Rebuilds its component views when a new layout arrives.
 *
 * <p>GL thread only. Allocation: when a layout arrives and when the part count outgrows the
 * instance buffers; none in a steady-state frame.
 */
public final class PlantRenderer implements AutoCloseable {
    private final Painter painter = new Painter();
    private PlantViews plantViews;
    private List<PartLook> looks = List.of();
    private LayoutDetails layoutDetails;
    private long layoutVersion = -1;
    private FloatBuffer boxes = MemoryUtil.memAllocFloat(64 * Mesh.INSTANCE_FLOATS);
    private FloatBuffer cylinders = MemoryUtil.memAllocFloat(64 * Mesh.INSTANCE_FLOATS);
    private float[] sceneBounds = new float[6];
    private long selectedPart = -1;

    /** True when the layout changed since the last call (views were rebuilt: refit the camera). */
    public boolean sync(PlantMirror m) {
        if (m.layout() == null || m.layoutVersion() == layoutVersion) {
            return false;
        }
        layoutVersion = m.layoutVersion();
        plantViews = PlantViews.of(m.layout(), m);
        sceneBounds = plantViews.bounds();
        layoutDetails = LayoutDetails.of(m.layout());
        looks = layoutDetails.looks();
        return true;
    }

    /** The current layout's views and bounds (null before the first layout). */
    public PlantViews plantViews() {
        return plantViews;
    }

    public List<ComponentView> views() {
        return plantViews == null ? List.of() : plantViews.views();
    }

    public ComponentDrawer drawer(int viewIndex) {
        return plantViews.drawer(viewIndex);
    }

    /** The scene file's extras of the current layout (null before the first layout). */
    public LayoutDetails layoutDetails() {
        return layoutDetails;
    }

    public List<PartLook> looks() {
        return looks;
    }

    /** The drawing layer (for draw-call counts in benchmarks). */
    public Painter painter() {
        return painter;
    }

    /** Highlights one part (by id; -1 for none). */
    public void selectPart(long id) {
        selectedPart = id;
    }

    public void draw(PlantMirror m, Matrix4f viewProjection, long nowNanos) {
        painter.begin(viewProjection);
        List<ComponentView> views = plantViews.views();
        for (int i = 0; i < views.size(); i++) {
            plantViews.drawer(i).draw(views.get(i), painter, m, nowNanos);
        }
        drawParts(m, nowNanos);
        painter.end();
        drawFloor(); // last: the depth test skips the floor's pixels hidden by the plant
    }

    private void drawFloor() {
        float margin = 1.2f;
        float x0 = sceneBounds[0] - margin;
        float x1 = sceneBounds[3] + margin;
        float y0 = sceneBounds[1] - margin;
        float y1 = sceneBounds[4] + margin;
        painter.grid(0.5f);
        painter.box((x0 + x1) / 2, (y0 + y1) / 2, -0.02f, x1 - x0, y1 - y0, 0.02f, 0, 0.62f, 0.64f, 0.6f);
        painter.plain();
    }

    private void drawParts(PlantMirror m, long now) {
        int n = m.partCount();
        if (n == 0 || looks.isEmpty()) {
            return;
        }
        if (boxes.capacity() < n * Mesh.INSTANCE_FLOATS) {
            boxes = MemoryUtil.memRealloc(boxes, n * Mesh.INSTANCE_FLOATS * 2);
            cylinders = MemoryUtil.memRealloc(cylinders, n * Mesh.INSTANCE_FLOATS * 2);
        }
        boxes.clear();
        cylinders.clear();
        int nb = 0;
        int nc = 0;
        float a = m.alpha(now);
        for (int i = 0; i < n; i++) {
            int t = m.partType(i);
            PartLook look = looks.get(t >= 0 && t < looks.size() ? t : 0);
            FloatBuffer b = look.cylinder() ? cylinders : boxes;
            b.put(m.partPosition(i, 0, a)).put(m.partPosition(i, 1, a)).put(m.partPosition(i, 2, a));
            b.put(look.sizeX()).put(look.sizeY()).put(look.sizeZ());
            float[] rgb = look.rgb();
            if (m.partId(i) == selectedPart) {
                b.put(1f).put(0.85f).put(0.2f);
            } else {
                b.put(rgb[0]).put(rgb[1]).put(rgb[2]);
            }
            if (look.cylinder()) {
                nc++;
            } else {
                nb++;
            }
        }
        painter.instances(false, boxes, nb);
        painter.instances(true, cylinders, nc);
    }

    @Override
    public void close() {
        painter.close();
        MemoryUtil.memFree(boxes);
        MemoryUtil.memFree(cylinders);
    }
}
