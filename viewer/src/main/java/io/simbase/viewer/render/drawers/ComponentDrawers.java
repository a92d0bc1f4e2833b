package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import java.util.HashMap;
import java.util.Map;

/**
 * The registry of component drawers by component type name. A component type may get a drawer
 * of its own by one {@code register} line here; any other type is drawn by the generic drawer
 * from the top-down drawing the engine sends with it (a grey box when it has none).
 */
public final class ComponentDrawers {
    private static final ComponentDrawer FALLBACK = new GenericDrawer();
    private static final Map<String, ComponentDrawer> BY_TYPE = new HashMap<>();

    static {
        register(new BeltDrawer(), "belt");
        register(new SurfaceDrawer(true), "chute");
        register(new SurfaceDrawer(false), "table");
        register(new BinDrawer(), "remover");
        register(new SensorDrawer(true, 0.3f), "photo_eye", "through_beam");
        register(new SensorDrawer(false, 0.01f), "inductive", "capacitive", "limit_switch");
        register(new PusherDrawer(), "pusher");
        register(new StopperDrawer(), "stopper");
        register(new DiverterDrawer(), "diverter");
        register(new TankDrawer(), "tank");
        register(new ValveDrawer("opening"), "supply_valve", "drain_valve");
        register(new ValveDrawer("running"), "pump");
        register(new PanelItemDrawer(true, null), "light");
        register(new PanelItemDrawer(false, new float[] {0.2f, 0.75f, 0.3f}), "button", "selector", "setpoint", "display");
        register(new PanelItemDrawer(false, new float[] {0.85f, 0.1f, 0.1f}), "estop");
        register(new BoxDrawer(0.25f, 0.35f, 0.55f), "height_sensor", "level_meter", "level_switch");
        register(new BoxDrawer(0.3f, 0.3f, 0.32f), "guide");
        register(new EmptyDrawer(), "emitter");
        register(new MotorDrawer(), "motor");
        register(new CrossingDrawer(), "crossing");
        register(new BeltDrawer(), "inverter_belt");
        register(new SensorDrawer(false, 0.01f), "fibre_optic");
        register(new HeaterDrawer(), "heater");
        register(new GarageDoorDrawer(), "garage_door");
        register(new SiloDrawer(), "silo");
        register(new LoadCellDrawer(), "load_cell");
        register(new ConsumerDrawer(), "consumer");
        register(new PulseMeterDrawer(), "pulse_meter");
        register(new AgitatorDrawer(), "agitator");
        register(new LiftDrawer(), "lift");
        register(new CarParkDrawer(), "car_park");
        register(new HandlerDrawer(), "pneumatic_handler");
        register(new MagazineDrawer(), "magazine");
        register(new PressDrawer(), "press");
        register(new TowerLightDrawer(), "tower_light");
    }

    private ComponentDrawers() {
    }

    private static void register(ComponentDrawer d, String... types) {
        for (String t : types) {
            BY_TYPE.put(t, d);
        }
    }

    /** Whether {@code type} has a drawer of its own (else the generic one draws it). */
    public static boolean hasOwnDrawer(String type) {
        return BY_TYPE.containsKey(type);
    }

    /** The drawer of a component type (never null). */
    public static ComponentDrawer of(String type) {
        return BY_TYPE.getOrDefault(type, FALLBACK);
    }
}
