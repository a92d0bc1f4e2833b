package io.simbase.viewer.app;

import static org.lwjgl.glfw.GLFW.*;

import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.net.ServerLink;
import io.simbase.viewer.render.OrbitCamera;
import io.simbase.viewer.state.ControlMirror;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.ui.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.joml.Vector3f;
import org.lwjgl.glfw.GLFW;

/**
 * The viewer's main loop on the GL thread: drains the link's messages into the mirror, renders
 * a frame, handles mouse and keys (orbit, pan, zoom, preset views, picking, the operator
 * panel). In screenshot mode it renders off-screen once the session has been live for the
 * requested time, writes the PNG and returns.
 */
public final class ViewerApp {
    /** The interactive loop's display interval (60 Hz); state arriving is drawn at once. */
    private static final long DISPLAY_INTERVAL_NANOS = 16_666_667L;
    /** How long a screenshot run waits for the session before giving up. */
    private static final long SCREENSHOT_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final ServerLink link;
    private final Messages messages;
    private final PlantMirror mirror = new PlantMirror();
    private final ControlMirror control = new ControlMirror();
    private final int width;
    private final int height;
    private double lastX;
    private double lastY;
    private double downX;
    private double downY;
    private boolean orbiting;
    private boolean panning;
    private boolean panelTookClick;

    public ViewerApp(ServerLink link, Messages messages, int width, int height) {
        this.link = link;
        this.messages = messages;
        this.width = width;
        this.height = height;
    }

    /**
     * Runs the window until it is closed. The loop draws when state arrives and otherwise at
     * 60 Hz, sleeping in between ({@link FramePacer}); window events are polled right before
     * each frame.
     */
    public void runInteractive() {
        try (GlWindow window = new GlWindow("SimBase viewer", width, height, true);
             FrameRenderer frame = new FrameRenderer(messages, link::setInput, FrameRenderer.Quality.INTERACTIVE)) {
            installInput(window, frame);
            int[] size = new int[2];
            FramePacer pacer = new FramePacer(DISPLAY_INTERVAL_NANOS, nanos -> glfwWaitEventsTimeout(nanos / 1e9));
            java.util.function.BooleanSupplier pending = link::hasState;
            link.onState(GLFW::glfwPostEmptyEvent); // wakes glfwWaitEventsTimeout from the link's thread
            while (!window.shouldClose()) {
                pacer.awaitFrame(pending);
                glfwPollEvents(); // input just before the frame that shows its effect
                drain();
                window.framebufferSize(size);
                draw(frame, size[0], size[1], System.nanoTime(), link.state());
                window.swap();
            }
            link.onState(() -> { });
        }
    }

    /**
     * Waits until the session is live (and runs the link's program, if any) or the start screen
     * has the server's list, lets it run {@code afterSeconds}, renders a frame
     * off-screen and writes it to the first file; then one more to each further file every
     * {@code everySeconds}.
     *
     * @throws IllegalStateException when the session does not go live in 30 s or is refused
     */
    @SuppressWarnings("try") // the hidden window only holds the GL context
    public void runScreenshots(List<Path> files, double afterSeconds, double everySeconds) {
        try (GlWindow window = new GlWindow("SimBase viewer", 64, 64, false);
             FrameRenderer frame = new FrameRenderer(messages, link::setInput, FrameRenderer.Quality.PICTURE);
             OffscreenTarget target = new OffscreenTarget(width, height, 1)) {
            long start = System.nanoTime();
            long liveSince = -1;
            int next = 0;
            while (next < files.size()) {
                drain();
                LinkState s = link.state();
                long now = System.nanoTime();
                if (s == LinkState.REFUSED) {
                    throw new IllegalStateException("the server refused: " + link.lastError());
                }
                boolean startScreen = s == LinkState.CHOOSING && link.sceneList() != null;
                if (startScreen || s == LinkState.LIVE && mirror.layout() != null && link.programReady()) {
                    if (liveSince < 0) {
                        liveSince = now;
                    }
                    long due = liveSince + (long) ((afterSeconds + next * everySeconds) * 1e9);
                    if (now >= due) {
                        target.bind();
                        draw(frame, width, height, now, s);
                        target.resolve();
                        Screenshot.write(files.get(next), width, height);
                        reportHud(frame);
                        next++;
                    }
                } else if (liveSince < 0 && now - start > SCREENSHOT_TIMEOUT_NANOS) {
                    throw new IllegalStateException("no live session after 30 s (" + s.name().toLowerCase(Locale.ROOT)
                            + (link.lastError().isEmpty() ? "" : ": " + link.lastError()) + ")");
                }
                sleepMillis(2);
            }
        }
    }

    /**
     * Prints what the heads-up line said in the picture just taken: {@code hud=LINE}, and while a
     * graded run is known {@code hud_run=HEADING | check:ok check:FAILED ...}.
     */
    private void reportHud(FrameRenderer frame) {
        System.out.println("hud=" + frame.hud().lastLine());
        GradedRun run = control.gradedRun();
        if (run != null) {
            StringBuilder b = new StringBuilder("hud_run=").append(frame.hud().controlText().runHeading(run)).append(" |");
            for (GradedCheck c : run.getChecksList()) {
                b.append(' ').append(c.getId()).append(c.getFailed() ? ":FAILED" : ":ok");
            }
            System.out.println(b);
        }
    }

    /** Draws the start screen while the student chooses, else the plant. */
    private void draw(FrameRenderer frame, int w, int h, long now, LinkState s) {
        if (s == LinkState.CHOOSING) {
            frame.renderStartScreen(link.sceneList(), mirror, control, w, h, s, link.roundTripNanos(), link, link.lastError());
        } else {
            frame.render(mirror, control, w, h, now, s, link.roundTripNanos(), link, link.lastError());
        }
    }

    /** The mirror (render thread's state), for tests and benchmarks in this package. */
    PlantMirror mirror() {
        return mirror;
    }

    private void drain() {
        ServerMessage m;
        long now = System.nanoTime();
        while ((m = link.poll()) != null) {
            if (!mirror.apply(m, now)) {
                control.apply(m);
            } else if (mirror.sessionId() != null) {
                control.session(mirror.sessionId());
            }
        }
    }

    private void installInput(GlWindow window, FrameRenderer frame) {
        long h = window.handle();
        OrbitCamera camera = frame.camera();
        glfwSetMouseButtonCallback(h, (win, button, action, mods) -> {
            double[] x = new double[1];
            double[] y = new double[1];
            glfwGetCursorPos(win, x, y);
            float sx = scaleX(win);
            float px = (float) x[0] * sx;
            float py = (float) y[0] * sx;
            if (action == GLFW_PRESS && link.state() == LinkState.CHOOSING) {
                int row = frame.startScreen().rowAt(px, py);
                if (button == GLFW_MOUSE_BUTTON_LEFT && row >= 0) {
                    link.choose(frame.startScreen().rows().get(row).sceneId());
                }
                return;
            }
            if (action == GLFW_PRESS) {
                downX = x[0];
                downY = y[0];
                if (button == GLFW_MOUSE_BUTTON_LEFT && frame.panel().mouseDown(px, py)) {
                    panelTookClick = true;
                    return;
                }
                orbiting = button == GLFW_MOUSE_BUTTON_LEFT;
                panning = button == GLFW_MOUSE_BUTTON_RIGHT || button == GLFW_MOUSE_BUTTON_MIDDLE;
            } else if (action == GLFW_RELEASE) {
                if (panelTookClick) {
                    frame.panel().mouseUp();
                    panelTookClick = false;
                    return;
                }
                boolean click = Math.abs(x[0] - downX) < 4 && Math.abs(y[0] - downY) < 4;
                if (button == GLFW_MOUSE_BUTTON_LEFT && click) {
                    pick(win, frame, px, py);
                }
                orbiting = false;
                panning = false;
            }
        });
        glfwSetCursorPosCallback(h, (win, x, y) -> {
            float dx = (float) (x - lastX);
            float dy = (float) (y - lastY);
            lastX = x;
            lastY = y;
            if (panelTookClick) {
                frame.panel().mouseMove((float) x * scaleX(win));
            } else if (orbiting) {
                camera.orbit(dx, dy);
            } else if (panning) {
                camera.pan(dx, dy);
            }
        });
        glfwSetScrollCallback(h, (win, dx, dy) -> camera.zoom((float) dy));
        glfwSetKeyCallback(h, (win, key, scancode, action, mods) -> {
            if (action == GLFW_REPEAT) {
                return;
            }
            boolean down = action == GLFW_PRESS;
            if (down && link.state() == LinkState.CHOOSING) {
                switch (key) {
                    case GLFW_KEY_UP -> frame.startScreen().move(-1);
                    case GLFW_KEY_DOWN -> frame.startScreen().move(1);
                    case GLFW_KEY_ENTER, GLFW_KEY_KP_ENTER -> link.choose(frame.startScreen().selectedScene());
                    default -> { }
                }
                return;
            }
            if (key >= GLFW_KEY_F1 && key <= GLFW_KEY_F12) {
                frame.panel().key(key - GLFW_KEY_F1, down);
            } else if (down && key >= GLFW_KEY_1 && key <= GLFW_KEY_4) {
                camera.preset(OrbitCamera.Preset.values()[key - GLFW_KEY_1]);
            } else if (down && key == GLFW_KEY_ESCAPE) {
                frame.inspector().clear();
            }
        });
    }

    /** Framebuffer pixels per window coordinate (HiDPI screens). */
    private static float scaleX(long win) {
        int[] fw = new int[1];
        int[] fh = new int[1];
        int[] ww = new int[1];
        int[] wh = new int[1];
        glfwGetFramebufferSize(win, fw, fh);
        glfwGetWindowSize(win, ww, wh);
        return ww[0] == 0 ? 1 : fw[0] / (float) ww[0];
    }

    private void pick(long win, FrameRenderer frame, float px, float py) {
        if (mirror.layout() == null || frame.plant().plantViews() == null) {
            return;
        }
        int[] fw = new int[1];
        int[] fh = new int[1];
        glfwGetFramebufferSize(win, fw, fh);
        Vector3f origin = new Vector3f();
        Vector3f dir = new Vector3f();
        frame.camera().ray(px, py, fw[0], fh[0], origin, dir);
        Picker.Hit hit = Picker.pick(origin, dir, frame.plant().plantViews(), frame.plant().looks(), mirror,
                System.nanoTime());
        if (hit == null) {
            frame.inspector().clear();
        } else if (hit.component() != null) {
            frame.inspector().selectComponent(hit.component(), frame.plant().layoutDetails(), mirror);
        } else {
            frame.inspector().selectPart(hit.partId(), hit.look());
        }
    }

    private static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
