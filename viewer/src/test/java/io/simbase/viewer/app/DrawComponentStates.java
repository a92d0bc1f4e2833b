package io.simbase.viewer.app;

import static org.lwjgl.opengl.GL33C.*;

import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.server.session.StateMessages;
import io.simbase.viewer.net.LinkState;
import io.simbase.viewer.render.drawers.ComponentDrawers;
import io.simbase.viewer.state.ControlMirror;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.ui.Messages;
import io.simbase.viewer.ui.SessionStatus;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lwjgl.system.MemoryUtil;

/**
 * Draws one component of a bundled scene alone (the camera fits it) in two states under real GL
 * (run under Xvfb by {@code ComponentStatePicturesTest}) and counts the pixels that differ: a
 * drawer that does not show a state change draws the same picture twice. The component's
 * geometry and properties are the scene's, as the server sends them; visuals not named in a
 * state are 0. Prints one line per case: {@code case= type= own= changed=}, then
 * {@code gl_errors=}.
 */
public final class DrawComponentStates {
    private static final int W = 480;
    private static final int H = 320;

    /** One state change of one component: its scene, its type, the visuals before and after. */
    record Case(String name, String scene, String type, Map<String, Float> before, Map<String, Float> after) {
    }

    /** The control case: the same state twice, no pixel may change. */
    static final String UNCHANGED = "control_same_state";

    static final List<Case> CASES = List.of(
            new Case("door_opens", "garage-door", "garage_door", Map.of("closed_m", 2.2f),
                    Map.of("closed_m", 0.4f, "opening_m", 1.8f)),
            new Case("door_obstacle_in_beam", "garage-door", "garage_door", Map.of("closed_m", 2.2f),
                    Map.of("closed_m", 2.2f, "obstacle", 1f, "beam_broken", 1f)),
            new Case("door_edge_and_lamp", "garage-door", "garage_door", Map.of("closed_m", 1f),
                    Map.of("closed_m", 1f, "edge_pressed", 1f, "closing_down", 1f)),
            new Case("silo_pours", "silo-fill", "silo", Map.of(), Map.of("pouring", 1f, "box_under", 1f, "fill_kg", 2f)),
            new Case("silo_spills", "silo-fill", "silo", Map.of(), Map.of("spilled_kg", 3f)),
            new Case("load_cell_weighs", "sort-by-weight", "load_cell", Map.of(), Map.of("weight_kg", 1f)),
            new Case("consumer_draws", "tank-pid", "consumer", Map.of(), Map.of("flow_ls", 4f)),
            new Case("consumer_runs_dry", "tank-pid", "consumer", Map.of("flow_ls", 2f), Map.of("flow_ls", 2f, "dry", 1f)),
            new Case("meter_counts", "batch-mixer", "pulse_meter", Map.of(), Map.of("total_l", 2.5f)),
            new Case("meter_pulses", "batch-mixer", "pulse_meter", Map.of(), Map.of("pulse", 1f)),
            new Case("agitator_runs", "batch-mixer", "agitator", Map.of(), Map.of("running", 1f)),
            new Case("agitator_judges", "batch-mixer", "agitator", Map.of(), Map.of("good", 3f, "bad", 2f)),
            new Case("heater_heats", "batch-mixer", "heater", Map.of("temperature_c", 20f), Map.of("temperature_c", 80f)),
            new Case("lift_travels", "elevator", "lift", Map.of(), Map.of("car_shift", 0.4f, "position_m", 6f)),
            new Case("lift_door_opens", "elevator", "lift", Map.of(), Map.of("door", 1f)),
            new Case("lift_alarm", "elevator", "lift", Map.of(), Map.of("alarm", 1f)),
            new Case("car_park_barrier_rises", "car-park", "car_park", Map.of(), Map.of("barrier", 1f)),
            new Case("car_park_car_in_lane", "car-park", "car_park", Map.of(), Map.of("car_visible", 1f, "car_shift", -0.15f)),
            new Case("car_park_fills", "car-park", "car_park", Map.of(), Map.of("inside", 8f, "queue", 3f)),
            new Case("motor_turns", "motor-control", "motor", Map.of("powered", 1f), Map.of("powered", 1f, "angle", 1.2f)),
            new Case("motor_trips", "motor-control", "motor", Map.of(), Map.of("tripped", 1f)),
            new Case("crossing_queues", "traffic-light", "crossing", Map.of("car_red", 1f, "ped_red", 1f),
                    Map.of("car_red", 1f, "ped_red", 1f, "cars_waiting", 5f, "peds_waiting", 3f, "car_on_crossing", 1f)),
            new Case("crossing_lights", "traffic-light", "crossing", Map.of("car_red", 1f, "ped_green", 1f),
                    Map.of("car_green", 1f, "ped_red", 1f)),
            new Case("inverter_belt_moves", "sort-encoder", "inverter_belt", Map.of(), Map.of("travel_m", 0.03f)),
            new Case("fibre_optic_lights", "sort-encoder", "fibre_optic", Map.of(), Map.of("detected", 1f)),
            new Case(UNCHANGED, "sort-by-weight", "load_cell", Map.of("weight_kg", 0.5f), Map.of("weight_kg", 0.5f)));

    private DrawComponentStates() {
    }

    public static void main(String[] args) throws Exception {
        int glErrors = 0;
        ByteBuffer before = MemoryUtil.memAlloc(W * H * 4);
        ByteBuffer after = MemoryUtil.memAlloc(W * H * 4);
        try (GlWindow window = new GlWindow("SimBase viewer states", 64, 64, false);
             FrameRenderer frame = new FrameRenderer(new Messages(Messages.Lang.EN), (t, v) -> { },
                     FrameRenderer.Quality.PICTURE);
             OffscreenTarget target = new OffscreenTarget(W, H, 1)) {
            PlantMirror mirror = new PlantMirror();
            for (Case c : CASES) {
                SessionLayout alone = alone(c);
                draw(frame, target, mirror, alone, c.before(), before);
                draw(frame, target, mirror, alone, c.after(), after);
                while (glGetError() != GL_NO_ERROR) {
                    glErrors++;
                }
                System.out.println("case=" + c.name() + " type=" + c.type() + " own=" + ComponentDrawers.hasOwnDrawer(c.type())
                        + " changed=" + differing(before, after));
            }
        } finally {
            MemoryUtil.memFree(before);
            MemoryUtil.memFree(after);
        }
        System.out.println("gl_errors=" + glErrors);
    }

    /** The first component of the case's type in its scene, alone in a layout, with its visual names. */
    private static SessionLayout alone(Case c) throws Exception {
        SessionLayout scene = StateMessages.layout(Scenes.load(c.scene()).newWorld());
        ComponentInfo info = scene.getComponentsList().stream().filter(i -> i.getType().equals(c.type())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + c.type() + " in " + c.scene()));
        List<String> visuals = new ArrayList<>();
        for (String v : scene.getVisualNamesList()) {
            if (v.startsWith(info.getId() + ".")) {
                visuals.add(v);
            }
        }
        for (String name : c.after().keySet()) {
            if (!visuals.contains(info.getId() + "." + name)) {
                throw new IllegalStateException(c.type() + " sends no visual " + name + ": " + visuals);
            }
        }
        return SessionLayout.newBuilder().setScene("state-" + c.name()).setTitle(c.name()).addComponents(info)
                .addAllVisualNames(visuals).build();
    }

    private static void draw(FrameRenderer frame, OffscreenTarget target, PlantMirror mirror, SessionLayout layout,
                             Map<String, Float> state, ByteBuffer pixels) {
        FullState.Builder full = FullState.newBuilder().setSessionId("S").setLayout(layout);
        String prefix = layout.getComponents(0).getId() + ".";
        for (String v : layout.getVisualNamesList()) {
            full.addVisuals(state.getOrDefault(v.substring(prefix.length()), 0f));
        }
        mirror.apply(ServerMessage.newBuilder().setFullState(full).build(), System.nanoTime());
        for (int i = 0; i < 2; i++) {
            target.bind();
            frame.render(mirror, new ControlMirror(), W, H, System.nanoTime(), LinkState.LIVE, -1, SessionStatus.NONE, "");
            target.resolve();
        }
        target.bind();
        glFinish();
        pixels.clear();
        glReadPixels(0, 0, W, H, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    }

    /** Pixels differing by more than 24 in any channel. */
    private static int differing(ByteBuffer a, ByteBuffer b) {
        int n = 0;
        for (int i = 0; i < W * H; i++) {
            for (int ch = 0; ch < 3; ch++) {
                if (Math.abs((a.get(4 * i + ch) & 255) - (b.get(4 * i + ch) & 255)) > 24) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
