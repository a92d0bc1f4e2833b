package io.simbase.plc.runtime;

/**
 * The standard function blocks of IEC 61131-3 (timers, edge detectors, counters, bistables).
 * Each instance is a run of long slots: the inputs, then the outputs, then hidden state, in
 * the order of {@link #inputs()}, {@link #outputs()}; {@link #body()} runs with the instance as
 * the frame. Times are milliseconds of the simulated clock ({@link Memory#nowMillis}).
 * Counters count in INT (-32768..32767) and stop at its limits.
 */
public enum StandardBlock {
    TON(new String[] {"IN:BOOL", "PT:TIME"}, new String[] {"Q:BOOL", "ET:TIME"}, 3),
    TOF(new String[] {"IN:BOOL", "PT:TIME"}, new String[] {"Q:BOOL", "ET:TIME"}, 3),
    TP(new String[] {"IN:BOOL", "PT:TIME"}, new String[] {"Q:BOOL", "ET:TIME"}, 3),
    R_TRIG(new String[] {"CLK:BOOL"}, new String[] {"Q:BOOL"}, 1),
    F_TRIG(new String[] {"CLK:BOOL"}, new String[] {"Q:BOOL"}, 1),
    CTU(new String[] {"CU:BOOL", "R:BOOL", "PV:INT"}, new String[] {"Q:BOOL", "CV:INT"}, 1),
    CTD(new String[] {"CD:BOOL", "LD:BOOL", "PV:INT"}, new String[] {"Q:BOOL", "CV:INT"}, 1),
    CTUD(new String[] {"CU:BOOL", "CD:BOOL", "R:BOOL", "LD:BOOL", "PV:INT"},
            new String[] {"QU:BOOL", "QD:BOOL", "CV:INT"}, 2),
    SR(new String[] {"S1:BOOL", "R:BOOL"}, new String[] {"Q1:BOOL"}, 0),
    RS(new String[] {"S:BOOL", "R1:BOOL"}, new String[] {"Q1:BOOL"}, 0);

    private static final long INT_MAX = Short.MAX_VALUE;
    private static final long INT_MIN = Short.MIN_VALUE;

    private final String[] inputs;
    private final String[] outputs;
    private final int hidden;

    StandardBlock(String[] inputs, String[] outputs, int hidden) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.hidden = hidden;
    }

    /** {@code NAME:TYPE} of each input, in slot order from 0. */
    public String[] inputs() {
        return inputs.clone();
    }

    /** {@code NAME:TYPE} of each output, in slot order after the inputs. */
    public String[] outputs() {
        return outputs.clone();
    }

    /** Number of long slots of one instance. */
    public int slots() {
        return inputs.length + outputs.length + hidden;
    }

    /** The block's behaviour, run with an instance as the frame. */
    public Stmt body() {
        return new Body(this);
    }

    private static final class Body extends Stmt {
        private final StandardBlock kind;

        Body(StandardBlock kind) {
            super(0);
            this.kind = kind;
        }

        @Override
        public int exec(Memory m) {
            long[] s = m.longs;
            int b = m.longBase;
            switch (kind) {
                case TON:
                    ton(s, b, m.nowMillis);
                    break;
                case TOF:
                    tof(s, b, m.nowMillis);
                    break;
                case TP:
                    tp(s, b, m.nowMillis);
                    break;
                case R_TRIG:
                    s[b + 1] = s[b] & (s[b + 2] ^ 1);
                    s[b + 2] = s[b];
                    break;
                case F_TRIG:
                    // The standard's definition: Q := NOT CLK AND NOT M; M := NOT CLK.
                    s[b + 1] = (s[b] ^ 1) & (s[b + 2] ^ 1);
                    s[b + 2] = s[b] ^ 1;
                    break;
                case CTU:
                    ctu(s, b);
                    break;
                case CTD:
                    ctd(s, b);
                    break;
                case CTUD:
                    ctud(s, b);
                    break;
                case SR:
                    s[b + 2] = s[b] | ((s[b + 1] ^ 1) & s[b + 2]);
                    break;
                default:
                    s[b + 2] = (s[b + 1] ^ 1) & (s[b] | s[b + 2]);
                    break;
            }
            return NEXT;
        }
    }

    // Timer slots: IN 0, PT 1, Q 2, ET 3, start 4, running 5, previous IN 6.

    private static void ton(long[] s, int b, long now) {
        if (s[b] == 0) {
            s[b + 2] = 0;
            s[b + 3] = 0;
            s[b + 5] = 0;
            return;
        }
        if (s[b + 5] == 0) {
            s[b + 5] = 1;
            s[b + 4] = now;
        }
        long et = now - s[b + 4];
        if (et >= s[b + 1]) {
            et = s[b + 1];
            s[b + 2] = 1;
        } else {
            s[b + 2] = 0;
        }
        s[b + 3] = et;
    }

    private static void tof(long[] s, int b, long now) {
        if (s[b] != 0) {
            s[b + 2] = 1;
            s[b + 3] = 0;
            s[b + 5] = 0;
            return;
        }
        if (s[b + 2] == 0) {
            return;
        }
        if (s[b + 5] == 0) {
            s[b + 5] = 1;
            s[b + 4] = now;
        }
        long et = now - s[b + 4];
        if (et >= s[b + 1]) {
            et = s[b + 1];
            s[b + 2] = 0;
            s[b + 5] = 0;
        }
        s[b + 3] = et;
    }

    private static void tp(long[] s, int b, long now) {
        boolean rising = s[b] != 0 && s[b + 6] == 0;
        s[b + 6] = s[b];
        if (s[b + 5] == 0 && rising && s[b + 2] == 0 && s[b + 3] == 0) {
            s[b + 5] = 1;
            s[b + 4] = now;
        }
        if (s[b + 5] != 0) {
            long et = now - s[b + 4];
            if (et >= s[b + 1]) {
                s[b + 3] = s[b + 1];
                s[b + 2] = 0;
                s[b + 5] = 0;
            } else {
                s[b + 3] = et;
                s[b + 2] = 1;
            }
        } else if (s[b] == 0) {
            s[b + 3] = 0;
        }
    }

    // CTU: CU 0, R 1, PV 2, Q 3, CV 4, previous CU 5.
    private static void ctu(long[] s, int b) {
        boolean rising = s[b] != 0 && s[b + 5] == 0;
        s[b + 5] = s[b];
        if (s[b + 1] != 0) {
            s[b + 4] = 0;
        } else if (rising && s[b + 4] < INT_MAX) {
            s[b + 4]++;
        }
        s[b + 3] = s[b + 4] >= s[b + 2] ? 1 : 0;
    }

    // CTD: CD 0, LD 1, PV 2, Q 3, CV 4, previous CD 5.
    private static void ctd(long[] s, int b) {
        boolean rising = s[b] != 0 && s[b + 5] == 0;
        s[b + 5] = s[b];
        if (s[b + 1] != 0) {
            s[b + 4] = s[b + 2];
        } else if (rising && s[b + 4] > INT_MIN) {
            s[b + 4]--;
        }
        s[b + 3] = s[b + 4] <= 0 ? 1 : 0;
    }

    // CTUD: CU 0, CD 1, R 2, LD 3, PV 4, QU 5, QD 6, CV 7, previous CU 8, previous CD 9.
    private static void ctud(long[] s, int b) {
        boolean up = s[b] != 0 && s[b + 8] == 0;
        boolean down = s[b + 1] != 0 && s[b + 9] == 0;
        s[b + 8] = s[b];
        s[b + 9] = s[b + 1];
        if (s[b + 2] != 0) {
            s[b + 7] = 0;
        } else if (s[b + 3] != 0) {
            s[b + 7] = s[b + 4];
        } else if (up && !down && s[b + 7] < INT_MAX) {
            s[b + 7]++;
        } else if (down && !up && s[b + 7] > INT_MIN) {
            s[b + 7]--;
        }
        s[b + 5] = s[b + 7] >= s[b + 4] ? 1 : 0;
        s[b + 6] = s[b + 7] <= 0 ? 1 : 0;
    }
}
