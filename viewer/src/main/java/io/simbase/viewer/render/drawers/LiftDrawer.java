package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A three-floor lift (the curriculum's elevator), scaled down to the component's size: the
 * shaft's corner posts, a landing at each floor, the car at its height and its two door leaves
 * sliding apart as the door opens ({@code door}, 0 closed, 1 open), and a red lamp on the shaft's
 * top while the lift is in alarm. The engine's {@code car_shift} moves the car one third of the
 * size per floor; drawn upright, a floor is the component's size high. The label is the car's
 * position in metres.
 */
final class LiftDrawer implements ComponentDrawer {
    private static final int POSITION = 0;
    private static final int DOOR = 2;
    private static final int SHIFT = 3;
    private static final int ALARM = 4;
    private static final int FLOORS = 3;
    private static final float[] POST = {0.35f, 0.37f, 0.4f};
    private static final float[] LANDING = {0.7f, 0.7f, 0.68f};
    private static final float[] CAR = {0.25f, 0.41f, 0.88f};
    private static final float[] DOOR_RGB = {1f, 0.65f, 0f};
    private static final float[] RED = {0.95f, 0.1f, 0.1f};

    @Override
    public String[] visualNames() {
        return new String[] {"position_m", "speed_ms", "door", "car_shift", "alarm"};
    }

    @Override
    public void prepare(ComponentView c) {
        float s = size(c);
        c.setBounds(c.x - s, c.y - s, c.z, c.x + s, c.y + s, c.z + FLOORS * s + 0.2f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float s = size(c);
        float top = FLOORS * s;
        for (int k = 0; k < 4; k++) {
            LocalFrame.box(c, p, (k % 2 == 0 ? -0.5f : 0.5f) * s, (k < 2 ? -0.5f : 0.5f) * s, 0, 0.03f, 0.03f, top, POST);
        }
        for (int f = 0; f < FLOORS; f++) {
            LocalFrame.box(c, p, 0, -0.5f * s - 0.15f, f * s - 0.03f, s, 0.3f, 0.03f, LANDING);
        }
        float carZ = Math.max(0, Math.min(top - 0.7f * s, m.visual(c.visuals[SHIFT], now) * FLOORS));
        float car = 0.8f * s;
        LocalFrame.box(c, p, 0, 0, carZ, car, car, 0.7f * s, CAR);
        float door = Math.max(0, Math.min(1, m.visual(c.visuals[DOOR], now)));
        float leaf = car / 2 * (1 - door);
        if (leaf > 0.002f) {
            for (int side = -1; side <= 1; side += 2) {
                LocalFrame.box(c, p, side * (car / 2 - leaf / 2), -car / 2 - 0.01f, carZ + 0.01f, leaf, 0.015f, 0.65f * s,
                        DOOR_RGB);
            }
        }
        LocalFrame.lamp(c, p, 0.5f * s, -0.5f * s, top, 0.1f, m.visualLatest(c.visuals[ALARM]) > 0.5f, RED);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[POSITION]), 2).append(" m");
        return true;
    }

    private static float size(ComponentView c) {
        return c.sizeX > 0 ? c.sizeX : 0.6f;
    }
}
