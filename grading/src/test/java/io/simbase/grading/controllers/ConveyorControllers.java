package io.simbase.grading.controllers;

import io.simbase.grading.Controller;
import io.simbase.grading.ControllerFactory;
import io.simbase.grading.plant.Plant;

/**
 * Java controllers for the conveyor-basics exercise: the correct latch with a 10-part batch,
 * and the typical mistakes, each a switch of the same program so that they differ in one thing.
 */
public final class ConveyorControllers {
    /** What a controller gets wrong. */
    public enum Mistake {
        NONE,
        /** belt_run := start_pb AND stop_pb: runs only while Start is held. */
        NO_SEAL_IN,
        /** Stop (and its wire) ignored: no interlock. */
        NO_STOP_INTERLOCK,
        /** Never counts the parts: the batch never ends. */
        NO_BATCH_COUNT,
        /** The Running light is never driven. */
        NO_LIGHT
    }

    private ConveyorControllers() {
    }

    public static ControllerFactory of(Mistake mistake) {
        return plant -> new Latch(plant, mistake);
    }

    private static final class Latch implements Controller {
        private final Io io;
        private final Mistake mistake;
        private final int start;
        private final int stop;
        private final int delivered;
        private final int belt;
        private final int light;
        private boolean running;
        private double batchBase;

        Latch(Plant plant, Mistake mistake) {
            this.io = new Io(plant);
            this.mistake = mistake;
            start = io.tag("start_pb");
            stop = io.tag("stop_pb");
            delivered = io.tag("delivered");
            belt = io.tag("belt_run");
            light = io.tag("running_light");
        }

        @Override
        public void scan(long simNanos) {
            boolean stopOk = mistake == Mistake.NO_STOP_INTERLOCK || io.on(stop);
            boolean startPressed = io.on(start);
            if (mistake == Mistake.NO_SEAL_IN) {
                running = startPressed && stopOk;
            } else {
                if (startPressed && stopOk && !running) {
                    running = true;
                    batchBase = io.value(delivered);
                }
                if (!stopOk) {
                    running = false;
                }
            }
            if (mistake != Mistake.NO_BATCH_COUNT && io.value(delivered) - batchBase >= 10) {
                running = false;
            }
            io.set(belt, running);
            io.set(light, mistake != Mistake.NO_LIGHT && running);
        }
    }
}
