package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * An agitator on its vessel (the curriculum's batch-mixer), mounted on a bridge across the
 * vessel's top at the component's height: the motor with a green lamp while it runs, the shaft
 * and the impeller turning while it runs (the engine sends no angle: the blades turn at a fixed
 * rate by the frame clock and stay where they stopped, kept in {@link ComponentView#param}), and
 * the lab's verdicts as stacked tiles at the bridge's ends, green for each good batch and red for
 * each bad one (up to ten shown each). The label is how mixed the batch is, in percent.
 */
final class AgitatorDrawer implements ComponentDrawer {
    private static final int RUNNING = 0;
    private static final int MIXED = 1;
    private static final int GOOD = 2;
    private static final int BAD = 3;
    private static final double DEGREES_PER_NANO = 360 * 1.5 / 1e9;
    private static final int MAX_TILES = 10;
    private static final float[] STEEL = {0.55f, 0.57f, 0.6f};
    private static final float[] MOTOR = {0.3f, 0.38f, 0.5f};
    private static final float[] BLADE = {0.63f, 0.32f, 0.18f};
    private static final float[] GREEN = {0.15f, 0.8f, 0.25f};
    private static final float[] RED = {0.9f, 0.15f, 0.1f};

    @Override
    public String[] visualNames() {
        return new String[] {"running", "mixed_pct", "good", "bad"};
    }

    @Override
    public void prepare(ComponentView c) {
        float s = size(c);
        c.setBounds(c.x - s * 0.7f, c.y - s * 0.7f, c.z - depth(c), c.x + s * 0.7f, c.y + s * 0.7f, c.z + s * 0.6f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float s = size(c);
        float depth = depth(c);
        LocalFrame.box(c, p, 0, 0, 0, s * 1.3f, s * 0.12f, s * 0.08f, STEEL);
        LocalFrame.disc(c, p, 0, 0, s * 0.08f, s * 0.3f, s * 0.35f, MOTOR);
        boolean running = m.visualLatest(c.visuals[RUNNING]) > 0.5f;
        LocalFrame.lamp(c, p, 0, 0, s * 0.43f, s * 0.12f, running, GREEN);
        LocalFrame.disc(c, p, 0, 0, -depth, s * 0.04f, depth, STEEL);
        if (running) {
            c.param = (float) ((now * DEGREES_PER_NANO) % 360);
        }
        for (int blade = 0; blade < 2; blade++) {
            p.box(c.x, c.y, c.z - depth, s * 0.5f, s * 0.1f, s * 0.03f, c.yaw + c.param + 90 * blade + 45,
                    BLADE[0], BLADE[1], BLADE[2]);
        }
        tiles(c, p, s * 0.58f, Math.round(m.visualLatest(c.visuals[GOOD])), GREEN);
        tiles(c, p, -s * 0.58f, Math.round(m.visualLatest(c.visuals[BAD])), RED);
    }

    private static void tiles(ComponentView c, Painter p, float lx, int n, float[] rgb) {
        float s = size(c);
        for (int k = 0; k < Math.min(MAX_TILES, n); k++) {
            LocalFrame.box(c, p, lx, 0, s * (0.08f + 0.04f * k), s * 0.12f, s * 0.12f, s * 0.03f, rgb);
        }
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[MIXED]), 0).append(" %");
        return true;
    }

    private static float size(ComponentView c) {
        return c.sizeX > 0 ? c.sizeX : 0.3f;
    }

    /** The impeller sits near the vessel's floor: down from the bridge by most of its height. */
    private static float depth(ComponentView c) {
        return Math.max(0.1f, c.z * 0.8f);
    }
}
