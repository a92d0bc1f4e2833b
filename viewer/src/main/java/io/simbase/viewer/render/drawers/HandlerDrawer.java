package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * The two-axis pneumatic handler ({@code pneumatic_handler}): two posts carrying the X rail
 * above the plant, the carriage moved along it by {@code x_m}, the Z cylinder on the carriage with
 * its rod and suction cup lowered by {@code z_m}, the cup lit blue while the vacuum is on, and a red
 * lamp on the carriage while X moves with Z not up. The carried part is drawn by the part renderer.
 */
final class HandlerDrawer implements ComponentDrawer {
    /** Length of the Z cylinder's body above the raised cup, metres. */
    private static final float BODY = 0.2f;
    private static final float RAIL = 0.05f;

    @Override
    public String[] visualNames() {
        return new String[] {"x_m", "z_m", "vacuum_on", "crashing"};
    }

    @Override
    public void prepare(ComponentView c) {
        float top = c.sizeZ + BODY + RAIL;
        float reach = c.number("reach_z", c.sizeZ - 0.15f);
        c.setBounds(c.x - c.sizeX / 2, c.y - c.sizeY, reach - 0.02f, c.x + c.sizeX / 2, c.y + c.sizeY, top);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float x = m.visual(c.visuals[0], now);
        float z = m.visual(c.visuals[1], now);
        boolean sucking = m.visual(c.visuals[2], now) > 0.5f;
        boolean crashing = m.visual(c.visuals[3], now) > 0.5f;
        float stroke = c.number("stroke_x", c.sizeX - 0.2f);
        float railZ = c.sizeZ + BODY;
        float left = c.x - c.sizeX / 2;
        float right = c.x + c.sizeX / 2;
        p.box(left - 0.03f, c.y + 0.12f, 0, 0.04f, 0.04f, railZ + RAIL, 0, 0.45f, 0.47f, 0.5f);
        p.box(right + 0.03f, c.y + 0.12f, 0, 0.04f, 0.04f, railZ + RAIL, 0, 0.45f, 0.47f, 0.5f);
        p.box(c.x, c.y + 0.06f, railZ, c.sizeX + 0.1f, 0.16f, RAIL, 0, 0.62f, 0.62f, 0.62f);
        float cupX = c.x - stroke / 2 + x;
        p.box(cupX, c.y, railZ - 0.02f, 0.1f, 0.1f, 0.04f, 0, 0.38f, 0.49f, 0.55f);
        p.emissive(crashing ? 1f : 0f);
        p.box(cupX + 0.04f, c.y - 0.05f, railZ + 0.02f, 0.02f, 0.01f, 0.02f, 0,
                crashing ? 0.86f : 0.4f, crashing ? 0.08f : 0.4f, crashing ? 0.24f : 0.4f);
        p.emissive(0);
        float cupZ = c.sizeZ - z;
        p.cylinder(cupX, c.y, railZ - BODY + 0.02f, 0.05f, BODY - 0.04f, 0.7f, 0.72f, 0.75f);
        p.cylinder(cupX, c.y, cupZ + 0.01f, 0.012f, railZ - BODY + 0.02f - cupZ - 0.01f + 0.001f, 0.85f, 0.86f, 0.88f);
        p.emissive(sucking ? 0.6f : 0f);
        p.cylinder(cupX, c.y, cupZ, 0.04f, 0.01f, sucking ? 0.08f : 0.2f, sucking ? 0.4f : 0.2f, sucking ? 0.75f : 0.2f);
        p.emissive(0);
    }
}
