package io.simbase.viewer.app;

import static org.lwjgl.opengl.GL33C.*;

import io.simbase.engine.scene.Scenes;
import io.simbase.engine.schema.ComponentRegistry;
import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.server.session.StateMessages;
import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.drawers.ComponentDrawers;
import io.simbase.viewer.state.ControlMirror;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.ui.Messages;
import io.simbase.viewer.ui.SessionStatus;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lwjgl.system.MemoryUtil;

/**
 * Draws every registered component type under real GL (run under Xvfb by
 * {@code EveryComponentTypeDrawsTest}): the layouts of all bundled scenes, with every visual at
 * 1 (lamps lit, levels full, mechanisms moved); a bare component of each registered type no
 * bundled scene uses; and a type no drawer knows whose drawing (magenta) uses every animation.
 * Prints one line: {@code registered= drawn= missing= own= generic= gl_errors= magenta_pixels=}.
 */
public final class DrawEveryComponentType {
    private static final int W = 640;
    private static final int H = 400;
    /** A type of no registry, drawn from its drawing: a spinning, shifting, level-filled, lit shape each. */
    static final String NEW_TYPE = "plant_of_tomorrow";
    private static final String NEW_DRAWING = "["
            + "{\"shape\":\"rect\",\"x\":0,\"y\":0,\"w\":0.6,\"h\":0.4,\"fill\":\"#ff00ff\",\"layer\":0},"
            + "{\"shape\":\"rect\",\"x\":0.1,\"y\":0,\"w\":0.2,\"h\":0.2,\"fill\":\"#00ff00\",\"layer\":1,\"shift\":\"pos\",\"spin\":\"turn\"},"
            + "{\"shape\":\"rect\",\"x\":-0.2,\"y\":0,\"w\":0.1,\"h\":0.3,\"fill\":\"#0000ff\",\"layer\":1,\"level\":\"fill\",\"full\":2},"
            + "{\"shape\":\"circle\",\"x\":0.2,\"y\":0.1,\"w\":0.1,\"h\":0.1,\"fill\":\"#ff0\",\"off_fill\":\"#333\",\"layer\":2,\"on\":\"lamp\"},"
            + "{\"shape\":\"text\",\"x\":0,\"y\":-0.3,\"text\":\"fill\",\"digits\":1,\"suffix\":\" kg\"}]";

    private DrawEveryComponentType() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> registered = new TreeSet<>(ComponentRegistry.installed().names());
        List<SessionLayout> layouts = new ArrayList<>();
        Set<String> inScenes = new TreeSet<>();
        for (String id : Scenes.bundledIds()) {
            SessionLayout l = StateMessages.layout(Scenes.load(id).newWorld());
            layouts.add(l);
            l.getComponentsList().forEach(c -> inScenes.add(c.getType()));
        }
        SessionLayout.Builder extra = SessionLayout.newBuilder().setScene("every-type").setTitle("every type");
        int k = 0;
        for (String t : registered) {
            if (!inScenes.contains(t)) {
                extra.addComponents(ComponentInfo.newBuilder().setId("bare" + k).setType(t).setX(k * 0.5).setZ(0.2)
                        .setSizeX(0.3).setSizeY(0.3).setSizeZ(0.3));
                k++;
            }
        }
        extra.addComponents(ComponentInfo.newBuilder().setId("new").setType(NEW_TYPE).setX(-1).setSizeX(0.6).setSizeY(0.4)
                .putProperties("draw", NEW_DRAWING));
        extra.addAllVisualNames(List.of("new.pos", "new.turn", "new.fill", "new.lamp"));
        layouts.add(extra.build());

        Set<String> drawn = new TreeSet<>();
        Set<String> own = new TreeSet<>();
        Set<String> generic = new TreeSet<>();
        int glErrors = 0;
        long magenta = 0;
        ByteBuffer pixels = MemoryUtil.memAlloc(W * H * 4);
        try (GlWindow window = new GlWindow("SimBase viewer types", 64, 64, false);
             FrameRenderer frame = new FrameRenderer(new Messages(Messages.Lang.EN), (t, v) -> { },
                     FrameRenderer.Quality.PICTURE);
             OffscreenTarget target = new OffscreenTarget(W, H, 1)) {
            PlantMirror mirror = new PlantMirror(); // one mirror: each layout is a new layout version
            for (SessionLayout layout : layouts) {
                mirror.apply(ServerMessage.newBuilder().setFullState(FullState.newBuilder().setSessionId("S")
                        .setLayout(layout).addAllTags(Collections.nCopies(layout.getTagsCount(), 1.0))
                        .addAllVisuals(Collections.nCopies(layout.getVisualNamesCount(), 1f))).build(), System.nanoTime());
                for (int i = 0; i < 3; i++) {
                    target.bind();
                    frame.render(mirror, new ControlMirror(), W, H, System.nanoTime(), LinkState.LIVE, -1,
                            SessionStatus.NONE, "");
                    target.resolve();
                    glFinish();
                    while (glGetError() != GL_NO_ERROR) {
                        glErrors++;
                    }
                }
                for (ComponentView v : frame.plant().views()) {
                    drawn.add(v.type);
                    (ComponentDrawers.hasOwnDrawer(v.type) ? own : generic).add(v.type);
                }
                if (layout.getScene().equals("every-type")) {
                    target.bind();
                    glReadPixels(0, 0, W, H, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
                    for (int i = 0; i < W * H; i++) {
                        int r = pixels.get(4 * i) & 255;
                        int g = pixels.get(4 * i + 1) & 255;
                        int b = pixels.get(4 * i + 2) & 255;
                        magenta += r > 180 && g < 90 && b > 180 ? 1 : 0;
                    }
                }
            }
        } finally {
            MemoryUtil.memFree(pixels);
        }
        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(drawn);
        System.out.println("registered=" + String.join(",", registered) + " drawn=" + String.join(",", drawn)
                + " missing=" + String.join(",", missing) + " own=" + String.join(",", own)
                + " generic=" + String.join(",", generic) + " gl_errors=" + glErrors + " magenta_pixels=" + magenta);
    }
}
