package io.simbase.viewer.app;

import static org.lwjgl.opengl.GL33C.glFinish;

import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.Parts;
import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.PlcStatus;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.viewer.local.EmbeddedServer;
import io.simbase.viewer.net.Credentials;
import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.net.ServerLink;
import io.simbase.viewer.state.ControlMirror;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.ui.Messages;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * Frame time and allocation of the viewer's render loop with 100 parts in view, on whatever GL
 * the display offers (here: Mesa llvmpipe under Xvfb). The layout is sorting-station's, taken
 * from an embedded server; then the link is closed and 100 parts on the belt are fed as 30 Hz
 * frames (prebuilt messages, moving 8 mm a frame) while frames are rendered off-screen at the
 * viewer's size as the interactive window renders them ({@code -Dquality=PICTURE}: as
 * screenshots), each finished with glFinish.
 *
 * <p>Prints one line: {@code frames= parts= median_ms= p99_ms= max_ms= alloc_bytes_per_frame=}.
 * Arguments: frames to measure (default 1000), warm-up frames (default 400).
 */
public final class FrameBench {
    private static final int WIDTH = Integer.getInteger("width", 1280);
    private static final int HEIGHT = Integer.getInteger("height", 800);
    private static final int PARTS = 100;
    private static final FrameRenderer.Quality QUALITY =
            FrameRenderer.Quality.valueOf(System.getProperty("quality", "INTERACTIVE"));

    /** A session at time scale 1 with a rig (and, below, a soft PLC in RUN and a graded run), so the heads-up line draws all its parts. */
    private static final io.simbase.viewer.ui.SessionStatus STATUS = new io.simbase.viewer.ui.SessionStatus() {
        @Override
        public double timeScale() {
            return 1.0;
        }

        @Override
        public String rig() {
            return "tank-plc-tcp online";
        }

        private final io.simbase.viewer.ui.ControllerSummary controller =
                new io.simbase.viewer.ui.ControllerSummary(false, "", "tank-plc-tcp online", "");

        @Override
        public io.simbase.viewer.ui.ControllerSummary controller() {
            return controller;
        }
    };

    private FrameBench() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        PlantMirror mirror = new PlantMirror();
        FullState first;
        try (EmbeddedServer server = EmbeddedServer.start();
             ServerLink link = new ServerLink(URI.create("ws://127.0.0.1:" + server.port() + "/ws"),
                     Credentials.staff(EmbeddedServer.USER, server.password(), "sorting-station", null))) {
            link.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            ServerMessage m = null;
            while ((m == null || !m.hasFullState()) && System.nanoTime() < deadline) {
                m = link.poll();
                if (m == null) {
                    Thread.sleep(5);
                }
            }
            if (m == null || !m.hasFullState()) {
                throw new IllegalStateException("no full state from the embedded server: " + link.lastError());
            }
            first = m.getFullState();
        }
        mirror.apply(ServerMessage.newBuilder().setFullState(first).build(), System.nanoTime());
        ControlMirror control = new ControlMirror();
        control.session(first.getSessionId());
        control.apply(ServerMessage.newBuilder().setPlcStatus(PlcStatus.newBuilder().setSessionId(first.getSessionId())
                .setState(PlcStatus.State.RUN)).build());
        control.apply(ServerMessage.newBuilder().setGradedRun(GradedRun.newBuilder().setSessionId(first.getSessionId())
                .setExerciseId("sorting-station").setScenarioCount(2).setScenarioSeconds(3.2).setScenarioDuration(30)
                .addChecks(GradedCheck.newBuilder().setId("sorts_metal"))
                .addChecks(GradedCheck.newBuilder().setId("no_jam").setFailed(true))).build());
        ServerMessage[] feed = new ServerMessage[2];
        for (int k = 0; k < 2; k++) {
            feed[k] = ServerMessage.newBuilder().setFullState(first.toBuilder().clearLayout()
                    .setFrame(first.getFrame() + 1 + k).setParts(parts(k * 0.008f))).build();
        }
        try (GlWindow window = new GlWindow("SimBase viewer bench", 64, 64, false);
             FrameRenderer frame = new FrameRenderer(new Messages(Messages.Lang.ZH), (t, v) -> { }, QUALITY);
             OffscreenTarget target = new OffscreenTarget(WIDTH, HEIGHT, 1)) {
            long[] nanos = new long[frames];
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocStart = 0;
            long lastFeed = 0;
            long applyBytes = 0;
            long renderBytes = 0;
            int k = 0;
            for (int i = -warmup; i < frames; i++) {
                if (i == 0) {
                    allocStart = threads.getCurrentThreadAllocatedBytes();
                }
                long t0 = System.nanoTime();
                long a0 = threads.getCurrentThreadAllocatedBytes();
                if (t0 - lastFeed >= 33_333_333L) {
                    mirror.apply(feed[k++ & 1], t0);
                    lastFeed = t0;
                }
                long a1 = threads.getCurrentThreadAllocatedBytes();
                target.bind();
                frame.render(mirror, control, WIDTH, HEIGHT, t0, LinkState.LIVE, 1_500_000L, STATUS, "");
                target.resolve();
                glFinish();
                long a2 = threads.getCurrentThreadAllocatedBytes();
                if (i >= 0) {
                    applyBytes += a1 - a0;
                    renderBytes += a2 - a1;
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - t0;
                }
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocStart;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "frames=%d parts=%d size=%dx%d quality=%s half_size=%b median_ms=%.2f p99_ms=%.2f max_ms=%.2f "
                            + "alloc_bytes_per_frame=%d apply_bytes=%d render_bytes=%d draw_calls_3d=%d batched_shapes=%d renderer=%s%n", frames, mirror.partCount(), WIDTH, HEIGHT, QUALITY, frame.halfSize(),
                    nanos[frames / 2] / 1e6, nanos[(int) Math.ceil(frames * 0.99) - 1] / 1e6, nanos[frames - 1] / 1e6,
                    allocated / frames, applyBytes, renderBytes, frame.plant().painter().drawCalls(),
                    frame.plant().painter().batchedShapes(), org.lwjgl.opengl.GL33C.glGetString(org.lwjgl.opengl.GL33C.GL_RENDERER).replace(' ', '_'));
        }
    }

    /** 100 parts in four rows along the entry belt, all four part types, shifted by {@code dx}. */
    private static Parts parts(float dx) {
        Parts.Builder p = Parts.newBuilder();
        for (int i = 0; i < PARTS; i++) {
            p.addIds(1000 + i).addTypes(i % 4)
                    .addXyz(0.15f + (i / 4) * 0.11f + dx).addXyz(-0.075f + (i % 4) * 0.05f).addXyz(0.8f);
        }
        return p.build();
    }
}
