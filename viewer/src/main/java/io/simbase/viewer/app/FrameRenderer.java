package io.simbase.viewer.app;

import static org.lwjgl.opengl.GL33C.*;

import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.OrbitCamera;
import io.simbase.viewer.render.PlantRenderer;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.ui.Font;
import io.simbase.viewer.ui.HeadsUpLine;
import io.simbase.viewer.ui.Inspector;
import io.simbase.viewer.ui.Messages;
import io.simbase.viewer.ui.OperatorPanel;
import io.simbase.viewer.ui.SessionStatus;
import io.simbase.viewer.ui.Overlay;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one frame of the viewer into the bound framebuffer: the plant in 3D, then the 2D
 * layer (live labels, operator panel, heads-up line, inspector). Owns the GL resources.
 *
 * <p>GL thread only. A frame in steady state (no new layout, no new selection, part count
 * within capacity) allocates nothing on the Java heap.
 */
public final class FrameRenderer implements AutoCloseable {
    private final PlantRenderer plant = new PlantRenderer();
    private final OrbitCamera camera = new OrbitCamera();
    private final Overlay overlay = new Overlay();
    private final Font font;
    private final OperatorPanel panel;
    private final HeadsUpLine hud;
    private final Inspector inspector;
    private final StringBuilder label = new StringBuilder(32);
    private final float[] screen = new float[2];

    public FrameRenderer(Messages messages, OperatorPanel.InputSink sink) {
        List<String> texts = new ArrayList<>(messages.all());
        font = Font.load(17, texts);
        overlay.setWhiteTexel(font.whiteU(), font.whiteV());
        panel = new OperatorPanel(messages, sink);
        hud = new HeadsUpLine(messages);
        inspector = new Inspector(messages);
    }

    public OrbitCamera camera() {
        return camera;
    }

    public OperatorPanel panel() {
        return panel;
    }

    public PlantRenderer plant() {
        return plant;
    }

    public Inspector inspector() {
        return inspector;
    }

    public Font font() {
        return font;
    }

    /** Picks up a new layout if one arrived (refits the camera, rebinds the panel). */
    public void sync(PlantMirror m) {
        if (plant.sync(m)) {
            plant.plantViews().fit(camera);
            panel.bind(m.layout(), plant.sceneFile(), m);
            inspector.clear();
        }
    }

    /** Draws a frame of {@code width} x {@code height} pixels at {@code nowNanos}. */
    public void render(PlantMirror m, int width, int height, long nowNanos, LinkState state, long rttNanos,
                       SessionStatus status, String error) {
        sync(m);
        glViewport(0, 0, width, height);
        glClearColor(0.80f, 0.85f, 0.9f, 1f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        glEnable(GL_DEPTH_TEST);
        if (m.layout() != null) {
            plant.selectPart(inspector.selectedPart());
            plant.draw(m, camera.viewProjection(width, height), nowNanos);
            drawLabels(m, width, height);
        }
        panel.layout(width, height);
        panel.draw(overlay, font, m, width, height);
        hud.draw(overlay, font, m, state, rttNanos, m.layout() == null ? "" : m.layout().getTitle(), status,
                error, width);
        inspector.draw(overlay, font, m, width);
        overlay.flush(width, height, font.texture());
    }

    private void drawLabels(PlantMirror m, int width, int height) {
        List<ComponentView> views = plant.views();
        for (int i = 0; i < views.size(); i++) {
            ComponentView c = views.get(i);
            label.setLength(0);
            if (!plant.drawer(i).label(c, m, label)) {
                continue;
            }
            if (!camera.project((c.bounds[0] + c.bounds[3]) / 2, (c.bounds[1] + c.bounds[4]) / 2, c.bounds[5] + 0.05f,
                    width, height, screen)) {
                continue;
            }
            float w = font.width(label) + 10;
            float h = font.pixelHeight() + 6;
            overlay.rect(screen[0] - w / 2, screen[1] - h, w, h, 1f, 1f, 0.95f, 0.9f);
            font.draw(overlay, label, screen[0] - w / 2 + 5, screen[1] - 6, 0.05f, 0.05f, 0.1f, 1f);
        }
    }

    @Override
    public void close() {
        plant.close();
        overlay.close();
        font.close();
    }
}
