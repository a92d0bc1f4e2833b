package io.simbase.engine.component;

import io.simbase.engine.schema.ComponentPlugin;
import io.simbase.engine.schema.ComponentType;
import java.util.List;

/**
 * The engine's own component types: one registration line each, in the order
 * {@code docs/scene-format.md} lists them. Found by {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.simbase.engine.schema.ComponentPlugin}).
 */
public final class StandardComponents implements ComponentPlugin {
    @Override
    public List<ComponentType> componentTypes() {
        return List.of(
                Belt.TYPE,
                Chute.CHUTE,
                Chute.TABLE,
                Guide.TYPE,
                Emitter.TYPE,
                Remover.TYPE,
                PhotoEye.DIFFUSE,
                PhotoEye.THROUGH_BEAM,
                ProximitySensor.INDUCTIVE,
                ProximitySensor.CAPACITIVE,
                ProximitySensor.LIMIT_SWITCH,
                HeightSensor.TYPE,
                Pusher.TYPE,
                Stopper.TYPE,
                Diverter.TYPE,
                Tank.TYPE,
                Valve.SUPPLY,
                Valve.DRAIN,
                Pump.TYPE,
                LevelSensor.METER,
                LevelSensor.SWITCH,
                Heater.TYPE,
                Motor.TYPE,
                Crossing.TYPE,
                PanelControl.BUTTON,
                PanelControl.ESTOP,
                PanelControl.SELECTOR,
                PanelControl.SETPOINT,
                PanelIndicator.LIGHT,
                PanelIndicator.DISPLAY,
                GarageDoor.TYPE,
                Silo.TYPE,
                LoadCell.TYPE,
                Consumer.TYPE,
                PulseMeter.TYPE,
                Agitator.TYPE,
                Lift.TYPE,
                CarPark.TYPE,
                InverterBelt.TYPE,
                FibreOpticSensor.TYPE,
                PneumaticHandler.TYPE,
                Magazine.TYPE,
                Press.TYPE,
                TowerLight.TYPE);
    }
}
