package io.simbase.grading.controllers;

import io.simbase.grading.Controller;
import io.simbase.grading.ControllerFactory;
import io.simbase.grading.plant.Plant;

/**
 * Java controllers for the tank-level exercise: on/off control of the fill valve with a
 * hysteresis band around the setpoint, the drain half open, the fill valve closed and the alarm
 * on at the high level switch. The mistakes are switches.
 */
public final class TankControllers {
    /** What a controller gets wrong. */
    public enum Mistake {
        NONE,
        /** Bang-bang without hysteresis: the valve chatters around the setpoint. */
        NO_HYSTERESIS,
        /** The fill valve ignores the high level switch. */
        NO_HIGH_INTERLOCK
    }

    private static final double HALF_BAND_M = 0.05;

    private TankControllers() {
    }

    public static ControllerFactory of(Mistake mistake) {
        return plant -> new OnOff(plant, mistake);
    }

    private static final class OnOff implements Controller {
        private final Io io;
        private final Mistake mistake;
        private final int level, high, setpoint, auto, fill, drain, alarm;
        private boolean filling;

        OnOff(Plant plant, Mistake mistake) {
            this.io = new Io(plant);
            this.mistake = mistake;
            level = io.tag("level");
            high = io.tag("level_high");
            setpoint = io.tag("setpoint");
            auto = io.tag("auto_mode");
            fill = io.tag("fill_valve");
            drain = io.tag("drain_valve");
            alarm = io.tag("alarm_light");
        }

        @Override
        public void scan(long simNanos) {
            double l = io.value(level);
            double sp = io.value(setpoint);
            double band = mistake == Mistake.NO_HYSTERESIS ? 0 : HALF_BAND_M;
            if (l < sp - band) {
                filling = true;
            } else if (l > sp + band) {
                filling = false;
            }
            boolean interlock = mistake != Mistake.NO_HIGH_INTERLOCK && io.on(high);
            io.set(fill, io.on(auto) && filling && !interlock ? 100.0 : 0.0);
            io.set(drain, 50.0);
            io.set(alarm, io.on(high));
        }
    }
}
