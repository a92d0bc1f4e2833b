package io.simbase.grading.controllers;

import io.simbase.grading.Controller;
import io.simbase.grading.ControllerFactory;
import io.simbase.grading.plant.Plant;

/**
 * Java controllers for the sorting-station exercise: metal parts to bin 1, tall plastic to
 * bin 2, short plastic on to the end bin. Each part is measured at the gauge and its
 * destination queued (FIFO) until it reaches a pusher; a pusher that does not reach its end
 * switch within 1 s lights the fault light and stops the line. The mistakes are switches.
 */
public final class SortingControllers {
    /** What a controller gets wrong. */
    public enum Mistake {
        NONE,
        /** Pushes a fixed time after the gauge instead of when the eye sees the part. */
        TIMER_PUSH,
        /** Ignores the emergency stop. */
        NO_ESTOP,
        /** No end-switch watchdog: a jammed pusher goes unnoticed. */
        NO_WATCHDOG
    }

    private static final double TALL_M = 0.045;
    /** From the gauge's falling edge to the part's centre in front of pusher 1 / 2, at 0.25 m/s. */
    private static final long TIMER1_NANOS = 2_700_000_000L;
    private static final long TIMER2_NANOS = 5_500_000_000L;

    private SortingControllers() {
    }

    public static ControllerFactory of(Mistake mistake) {
        return plant -> new Sorter(plant, mistake);
    }

    /** A fixed-size ring of ints, allocation-free. */
    private static final class Ring {
        private final long[] items = new long[16];
        private int head;
        private int count;

        void add(long v) {
            if (count < items.length) {
                items[(head + count++) % items.length] = v;
            }
        }

        boolean isEmpty() {
            return count == 0;
        }

        long peek() {
            return items[head];
        }

        long take() {
            long v = items[head];
            head = (head + 1) % items.length;
            count--;
            return v;
        }
    }

    /** Extend until the front switch, retract until the rear one; a 1 s watchdog per stroke. */
    private static final class PusherCycle {
        private int phase;
        private long phaseSince;
        boolean fault;

        boolean step(boolean go, boolean extended, boolean retracted, long now, boolean watchdog) {
            int before = phase;
            if (phase == 0 && go) {
                phase = 1;
            } else if (phase == 1 && extended) {
                phase = 2;
            } else if (phase == 2 && retracted) {
                phase = 0;
            }
            if (phase != before) {
                phaseSince = now;
            }
            if (watchdog && phase != 0 && now - phaseSince > 1_000_000_000L) {
                fault = true;
            }
            return phase == 1;
        }
    }

    private static final class Sorter implements Controller {
        private final Io io;
        private final Mistake mistake;
        private final int start, stop, estop, partIn, height, metal, at1, at2;
        private final int p1Retracted, p1Extended, p2Retracted, p2Extended;
        private final int belt, push1, push2, runLight, faultLight;
        private final Ring fifo1 = new Ring();
        private final Ring fifo2 = new Ring();
        /** TIMER_PUSH: due times of pushes. */
        private final Ring due1 = new Ring();
        private final Ring due2 = new Ring();
        private final PusherCycle p1 = new PusherCycle();
        private final PusherCycle p2 = new PusherCycle();
        private boolean running, measuring, wasMetal, lastAt1, lastAt2;
        private double maxHeight;

        Sorter(Plant plant, Mistake mistake) {
            this.io = new Io(plant);
            this.mistake = mistake;
            start = io.tag("start_pb");
            stop = io.tag("stop_pb");
            estop = io.tag("estop");
            partIn = io.tag("part_in");
            height = io.tag("part_height");
            metal = io.tag("metal");
            at1 = io.tag("at_pusher1");
            at2 = io.tag("at_pusher2");
            p1Retracted = io.tag("pusher1_retracted");
            p1Extended = io.tag("pusher1_extended");
            p2Retracted = io.tag("pusher2_retracted");
            p2Extended = io.tag("pusher2_extended");
            belt = io.tag("belt_run");
            push1 = io.tag("pusher1_extend");
            push2 = io.tag("pusher2_extend");
            runLight = io.tag("running_light");
            faultLight = io.tag("fault_light");
        }

        @Override
        public void scan(long now) {
            boolean estopOk = mistake == Mistake.NO_ESTOP || io.on(estop);
            if (io.on(start) && io.on(stop) && estopOk) {
                running = true;
            }
            if (!io.on(stop) || !estopOk || p1.fault || p2.fault) {
                running = false;
            }
            boolean take1 = false;
            boolean take2 = false;
            if (io.on(partIn)) {
                if (!measuring) {
                    measuring = true;
                    wasMetal = false;
                    maxHeight = 0;
                }
                wasMetal |= io.on(metal);
                maxHeight = Math.max(maxHeight, io.value(height));
            } else if (measuring) {
                measuring = false;
                int dest = wasMetal ? 1 : maxHeight > TALL_M ? 2 : 3;
                if (mistake == Mistake.TIMER_PUSH) {
                    if (dest == 1) {
                        due1.add(now + TIMER1_NANOS);
                    } else if (dest == 2) {
                        due2.add(now + TIMER2_NANOS);
                    }
                } else {
                    fifo1.add(dest);
                }
            }
            if (mistake == Mistake.TIMER_PUSH) {
                if (!due1.isEmpty() && now >= due1.peek()) {
                    due1.take();
                    take1 = true;
                }
                if (!due2.isEmpty() && now >= due2.peek()) {
                    due2.take();
                    take2 = true;
                }
            } else {
                boolean a1 = io.on(at1);
                if (a1 && !lastAt1 && !fifo1.isEmpty()) {
                    long dest = fifo1.take();
                    take1 = dest == 1;
                    if (!take1) {
                        fifo2.add(dest);
                    }
                }
                lastAt1 = a1;
                boolean a2 = io.on(at2);
                if (a2 && !lastAt2 && !fifo2.isEmpty()) {
                    take2 = fifo2.take() == 2;
                }
                lastAt2 = a2;
            }
            boolean watchdog = mistake != Mistake.NO_WATCHDOG;
            boolean e1 = p1.step(take1, io.on(p1Extended), io.on(p1Retracted), now, watchdog);
            boolean e2 = p2.step(take2, io.on(p2Extended), io.on(p2Retracted), now, watchdog);
            io.set(push1, e1 && estopOk);
            io.set(push2, e2 && estopOk);
            io.set(belt, running);
            io.set(runLight, running);
            io.set(faultLight, p1.fault || p2.fault || !estopOk);
        }
    }
}
