package io.simbase.viewer.app;

import static org.lwjgl.opengl.GL33C.glFinish;

import io.simbase.protocol.v1.ServerMessage;
import io.simbase.viewer.local.EmbeddedServer;
import io.simbase.viewer.net.Credentials;
import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.net.ServerLink;
import io.simbase.viewer.state.ControlMirror;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.ui.Messages;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Input to pixels: the viewer sets a panel input ({@code start_pb} of sorting-station, as a
 * click on Start does) and runs its normal loop (drain, render off-screen at 1280x800,
 * glFinish) until a finished frame shows the new value of the tag; the time from the send to
 * the end of that frame is one sample. Presses and releases alternate at random phases against
 * the server's 30 Hz frames. The budget the issue sets is step (5 ms) + frame period (33.3 ms)
 * + 2 ms over the server's own input-to-ack figure.
 *
 * <p>The loop is paced as the interactive viewer's ({@link FramePacer}: a frame when state
 * arrives, else at 60 Hz, parked in between); {@code -Dpacing=busy} draws back to back as the
 * viewer did before (for comparison). Prints {@code pacing= samples= p50_ms= p99_ms= max_ms=
 * frame_median_ms= frames_per_s=}. Argument: samples (default 200).
 */
public final class InputToPixelsBench {
    private InputToPixelsBench() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (EmbeddedServer server = EmbeddedServer.start();
             ServerLink link = new ServerLink(URI.create("ws://127.0.0.1:" + server.port() + "/ws"),
                     Credentials.staff(EmbeddedServer.USER, server.password(), "sorting-station", null));
             GlWindow window = new GlWindow("SimBase viewer bench", 64, 64, false);
             FrameRenderer frame = new FrameRenderer(new Messages(Messages.Lang.EN), link::setInput,
                     FrameRenderer.Quality.INTERACTIVE);
             OffscreenTarget target = new OffscreenTarget(1280, 800, 1)) {
            boolean busy = "busy".equals(System.getProperty("pacing"));
            Wakeup wakeup = new Wakeup();
            link.onState(wakeup::signal);
            FramePacer pacer = new FramePacer(16_666_667L, wakeup);
            java.util.function.BooleanSupplier pending = link::hasState;
            ControlMirror control = new ControlMirror();
            link.start();
            long began = System.nanoTime();
            PlantMirror mirror = new PlantMirror();
            long[] latency = new long[samples];
            long[] frameNanos = new long[1 << 16];
            int frames = 0;
            int tag = -1;
            int done = -20; // the first 20 samples warm up
            double want = 0;
            long sentAt = 0;
            long nextSend = 0;
            while (done < samples) {
                long t0 = busy ? System.nanoTime() : pacer.awaitFrame(pending);
                ServerMessage m;
                while ((m = link.poll()) != null) {
                    mirror.apply(m, t0);
                }
                if (tag < 0 && mirror.layout() != null && link.state() == LinkState.LIVE) {
                    tag = mirror.tagIndex("start_pb");
                    nextSend = t0;
                }
                target.bind();
                frame.render(mirror, control, 1280, 800, t0, link.state(), link.roundTripNanos(), link, "");
                target.resolve();
                glFinish();
                long t1 = System.nanoTime();
                frameNanos[frames++ & 0xffff] = t1 - t0;
                if (tag < 0) {
                    continue;
                }
                if (sentAt != 0 && mirror.tag(tag) == want) {
                    if (done >= 0) {
                        latency[done] = t1 - sentAt;
                    }
                    done++;
                    sentAt = 0;
                    nextSend = t1 + ThreadLocalRandom.current().nextLong(20_000_000L, 60_000_000L);
                } else if (sentAt == 0 && t1 >= nextSend) {
                    want = want == 0 ? 1 : 0;
                    sentAt = System.nanoTime();
                    link.setInput("start_pb", want);
                }
            }
            Arrays.sort(latency);
            long[] f = Arrays.copyOf(frameNanos, Math.min(frames, frameNanos.length));
            Arrays.sort(f);
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(Locale.ROOT, "pacing=%s samples=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f frame_median_ms=%.1f frames_per_s=%.0f%n",
                    busy ? "busy" : "paced", samples, latency[samples / 2] / 1e6, latency[(int) Math.ceil(samples * 0.99) - 1] / 1e6,
                    latency[samples - 1] / 1e6, f[f.length / 2] / 1e6, frames / seconds);
        }
    }
}
