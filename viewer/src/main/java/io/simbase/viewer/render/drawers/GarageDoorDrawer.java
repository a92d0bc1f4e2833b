package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A sectional garage door (the curriculum's garage-door): the opening's frame, the leaf hanging
 * down to its lower edge ({@code closed_m} of it below the lintel) with the part already opened
 * lying in the ceiling track behind, the safety edge along the lower edge (lit red while
 * pressed), the light barrier in front of the opening (its beam bright red while broken), the
 * obstacle standing in the opening while there is one, and the amber lamp on the lintel while
 * the drive moves. The label is the opening in metres.
 */
final class GarageDoorDrawer implements ComponentDrawer {
    private static final int OPENING = 0;
    private static final int CLOSED = 1;
    private static final int OBSTACLE = 2;
    private static final int BEAM_BROKEN = 3;
    private static final int EDGE = 4;
    private static final int UP = 5;
    private static final int DOWN = 6;
    private static final float[] CONCRETE = {0.62f, 0.62f, 0.58f};
    private static final float[] LEAF = {0.63f, 0.32f, 0.18f};
    private static final float[] RED = {0.95f, 0.12f, 0.08f};
    private static final float[] AMBER = {1f, 0.6f, 0.05f};
    private static final float[] OBSTACLE_RGB = {1f, 0.55f, 0.1f};
    private static final float[] POST = {0.25f, 0.25f, 0.27f};
    private static final float BEAM_Y = -0.35f;
    private static final float BEAM_Z = 0.3f;

    @Override
    public String[] visualNames() {
        return new String[] {"opening_m", "closed_m", "obstacle", "beam_broken", "edge_pressed", "opening_up",
            "closing_down"};
    }

    @Override
    public void prepare(ComponentView c) {
        float r = Math.max(width(c) / 2 + 0.3f, height(c));
        c.setBounds(c.x - r, c.y - r, c.z, c.x + r, c.y + r, c.z + height(c) + 0.3f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float w = width(c);
        float h = height(c);
        for (int side = -1; side <= 1; side += 2) {
            LocalFrame.box(c, p, side * (w / 2 + 0.08f), 0, 0, 0.15f, 0.2f, h + 0.2f, CONCRETE);
            LocalFrame.box(c, p, side * (w / 2 + 0.05f), BEAM_Y, 0, 0.05f, 0.05f, BEAM_Z + 0.08f, POST);
        }
        LocalFrame.box(c, p, 0, 0, h, w + 0.3f, 0.2f, 0.2f, CONCRETE);
        float closed = Math.max(0, Math.min(h, m.visual(c.visuals[CLOSED], now)));
        float opened = h - closed;
        if (closed > 0.005f) {
            LocalFrame.box(c, p, 0, 0, h - closed, w, 0.05f, closed, LEAF);
        }
        if (opened > 0.005f) { // the opened sections run back along the ceiling track
            LocalFrame.box(c, p, 0, 0.1f + opened / 2, h + 0.02f, w, opened, 0.04f, LEAF);
        }
        boolean pressed = m.visualLatest(c.visuals[EDGE]) > 0.5f;
        p.emissive(pressed ? 1f : 0f);
        LocalFrame.box(c, p, 0, 0, h - closed, w, 0.07f, 0.03f, pressed ? 0.95f : 0.12f, pressed ? 0.1f : 0.12f,
                pressed ? 0.08f : 0.13f);
        boolean broken = m.visualLatest(c.visuals[BEAM_BROKEN]) > 0.5f;
        p.emissive(1f);
        LocalFrame.box(c, p, 0, BEAM_Y, BEAM_Z, w + 0.1f, 0.012f, 0.012f, broken ? 1f : 0.35f, broken ? 0.08f : 0.6f,
                broken ? 0.05f : 0.3f);
        p.emissive(0);
        if (m.visualLatest(c.visuals[OBSTACLE]) > 0.5f) {
            LocalFrame.box(c, p, 0, 0, 0, 0.4f, 0.3f, 1f, OBSTACLE_RGB);
        }
        boolean moving = m.visualLatest(c.visuals[UP]) > 0.5f || m.visualLatest(c.visuals[DOWN]) > 0.5f;
        LocalFrame.lamp(c, p, w / 2, -0.12f, h + 0.2f, 0.14f, moving, AMBER);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[OPENING]), 2).append(" m");
        return true;
    }

    private static float width(ComponentView c) {
        return c.sizeX > 0 ? c.sizeX : 2.5f;
    }

    private static float height(ComponentView c) {
        return c.sizeZ > 0 ? c.sizeZ : 2.2f;
    }
}
