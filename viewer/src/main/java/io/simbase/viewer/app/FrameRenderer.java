package io.simbase.viewer.app;

import static org.lwjgl.opengl.GL33C.*;

import io.simbase.protocol.v1.SceneList;
import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.OrbitCamera;
import io.simbase.viewer.render.PlantRenderer;
import io.simbase.viewer.state.ControlMirror;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.ui.Font;
import io.simbase.viewer.ui.HeadsUpLine;
import io.simbase.viewer.ui.Inspector;
import io.simbase.viewer.ui.Messages;
import io.simbase.viewer.ui.OperatorPanel;
import io.simbase.viewer.ui.SessionStatus;
import io.simbase.viewer.ui.StartScreen;
import io.simbase.viewer.ui.Overlay;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one frame of the viewer into the bound framebuffer: the plant in 3D, then the 2D
 * layer (live labels, operator panel, heads-up line, inspector). Owns the GL resources.
 *
 * <p>The 3D pass goes to an off-screen target and is copied into the frame: at full size with
 * 4x multisampling, or, for {@link Quality#INTERACTIVE} on a software renderer (Mesa llvmpipe,
 * which is bound by filling pixels), at half size without multisampling and scaled up, so that
 * the frame keeps pace; the 2D layer is always drawn at full size. See docs/decisions/0040.
 *
 * <p>GL thread only. A frame in steady state (no new layout, no new selection, part count
 * within capacity) allocates nothing on the Java heap.
 */
public final class FrameRenderer implements AutoCloseable {
    /** How the 3D pass is rendered. */
    public enum Quality {
        /** Full size, 4x multisampling: screenshots. */
        PICTURE,
        /** As PICTURE on a GPU; half size on a software renderer: the interactive window. */
        INTERACTIVE
    }

    private final PlantRenderer plant = new PlantRenderer();
    private final OrbitCamera camera = new OrbitCamera();
    private final Overlay overlay = new Overlay();
    private final List<String> baseTexts;
    private Font font;
    private final OperatorPanel panel;
    private final HeadsUpLine hud;
    private final Inspector inspector;
    private final StartScreen startScreen;
    private final StringBuilder label = new StringBuilder(32);
    private final float[] screen = new float[2];
    private final boolean halfSize;
    private final boolean chinese;
    private final Messages messages;
    private OffscreenTarget scene;
    private SceneList startScreenList;
    private final java.nio.IntBuffer binding = org.lwjgl.system.MemoryUtil.memAllocInt(1);

    public FrameRenderer(Messages messages, OperatorPanel.InputSink sink, Quality quality) {
        halfSize = quality == Quality.INTERACTIVE && isSoftwareRenderer(glGetString(GL_RENDERER));
        this.messages = messages;
        chinese = messages.lang() == Messages.Lang.ZH;
        baseTexts = List.copyOf(messages.all());
        font = Font.load(17, baseTexts);
        overlay.setWhiteTexel(font.whiteU(), font.whiteV());
        panel = new OperatorPanel(messages, sink);
        hud = new HeadsUpLine(messages);
        inspector = new Inspector(messages);
        startScreen = new StartScreen(messages);
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

    public HeadsUpLine hud() {
        return hud;
    }

    public StartScreen startScreen() {
        return startScreen;
    }

    /**
     * Draws the start screen with the server's {@code list} (null: not yet arrived) and the
     * heads-up line over it, for a student who has not chosen a scene yet.
     */
    public void renderStartScreen(SceneList list, PlantMirror m, ControlMirror control, int width, int height,
                                  LinkState state, long rttNanos, SessionStatus status, String error) {
        if (list != startScreenList) {
            startScreenList = list;
            startScreen.show(list);
            cover(startScreen.texts());
        }
        glViewport(0, 0, width, height);
        glClearColor(0.86f, 0.89f, 0.93f, 1f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        startScreen.layout(width);
        startScreen.draw(overlay, font, width, height);
        hud.draw(overlay, font, m, control, state, rttNanos, "", status, error, width);
        overlay.flush(width, height, font.texture());
    }

    /** Picks up a new layout if one arrived (refits the camera, rebinds the panel). */
    public void sync(PlantMirror m) {
        if (plant.sync(m)) {
            coverTexts(m);
            plant.plantViews().nameWords(messages::get);
            plant.plantViews().fit(camera);
            panel.bind(m.layout(), plant.layoutDetails(), m);
            inspector.clear();
        }
    }

    /**
     * Bakes the font again when the layout's Chinese texts (title, tag descriptions, panel labels) have
     * characters the language files lack: once per layout, never on an ordinary frame.
     */
    private void coverTexts(PlantMirror m) {
        if (!chinese) {
            return;
        }
        List<String> layoutTexts = new ArrayList<>();
        layoutTexts.add(m.layout().getTitleZh());
        for (var t : m.layout().getTagsList()) {
            layoutTexts.add(t.getDescriptionZh());
        }
        for (var c : m.layout().getComponentsList()) {
            layoutTexts.add(c.getPropertiesOrDefault("label_zh", ""));
        }
        cover(layoutTexts);
    }

    /** Bakes the font again, with {@code texts} too, unless it has all their characters already. */
    private void cover(List<String> texts) {
        if (texts.stream().allMatch(font::covers)) {
            return;
        }
        List<String> all = new ArrayList<>(baseTexts);
        all.addAll(texts);
        font.close();
        font = Font.load(17, all);
        overlay.setWhiteTexel(font.whiteU(), font.whiteV());
    }

    /** True for renderers that draw on the CPU (Mesa llvmpipe and softpipe, SwiftShader). */
    static boolean isSoftwareRenderer(String renderer) {
        String r = renderer == null ? "" : renderer.toLowerCase(java.util.Locale.ROOT);
        return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("swiftshader");
    }

    /** True when the 3D pass is drawn at half size (interactive, software renderer). */
    public boolean halfSize() {
        return halfSize;
    }

    /** Draws a frame of {@code width} x {@code height} pixels at {@code nowNanos}. */
    public void render(PlantMirror m, ControlMirror control, int width, int height, long nowNanos, LinkState state,
                       long rttNanos, SessionStatus status, String error) {
        sync(m);
        glGetIntegerv(GL_FRAMEBUFFER_BINDING, binding); // (glGetInteger would allocate a buffer object)
        int dest = binding.get(0);
        int sw = halfSize ? Math.max(1, width / 2) : width;
        int sh = halfSize ? Math.max(1, height / 2) : height;
        if (scene == null || scene.width() != sw || scene.height() != sh) {
            if (scene != null) {
                scene.close();
            }
            scene = new OffscreenTarget(sw, sh, halfSize ? 1 : 4);
        }
        scene.bind();
        glViewport(0, 0, sw, sh);
        glClearColor(0.80f, 0.85f, 0.9f, 1f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        glEnable(GL_DEPTH_TEST);
        if (m.layout() != null) {
            plant.selectPart(inspector.selectedPart());
            plant.draw(m, camera.viewProjection(sw, sh), nowNanos);
        }
        scene.blitTo(dest, width, height);
        glViewport(0, 0, width, height);
        if (m.layout() != null) {
            drawLabels(m, width, height);
        }
        panel.layout(width, height);
        panel.draw(overlay, font, m, width, height);
        float top = hud.draw(overlay, font, m, control, state, rttNanos, title(m), status, error, width);
        inspector.draw(overlay, font, m, width, top);
        overlay.flush(width, height, font.texture());
    }

    /** The scene's title in the viewer's language (its English one when it has no Chinese one). */
    private String title(PlantMirror m) {
        if (m.layout() == null) {
            return "";
        }
        String zh = m.layout().getTitleZh();
        return chinese && !zh.isEmpty() ? zh : m.layout().getTitle();
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
        if (scene != null) {
            scene.close();
        }
        org.lwjgl.system.MemoryUtil.memFree(binding);
        plant.close();
        overlay.close();
        font.close();
    }
}
