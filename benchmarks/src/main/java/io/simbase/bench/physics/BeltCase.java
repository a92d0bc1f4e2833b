package io.simbase.bench.physics;

/**
 * The cases both solvers step: boxes of 50 x 50 x 30 mm and 0.1 kg on a belt running at
 * {@value #BELT_MPS} m/s along +x, stepped every {@value #STEP_SECONDS} s (200 Hz). The belt
 * carries parts by Coulomb friction: each step a part's velocity moves towards the belt's by at
 * most {@code mu g dt} (a "velocity pull"; PartSystem does this itself, for dyn4j the
 * benchmark does it before each step).
 */
public enum BeltCase {
    /** Ten boxes 0.3 m apart riding the belt, no contacts. */
    SPACED_10(10, false),
    /** Ten boxes queued in contact against a fixed stop at x = 0, the belt running under them. */
    QUEUED_10(10, true),
    /** Fifty boxes queued in contact against the stop. */
    QUEUED_50(50, true);

    public static final double STEP_SECONDS = 0.005;
    public static final double BELT_MPS = 0.25;
    public static final double BELT_MU = 0.6;
    public static final double BELT_TOP_M = 0.8;
    public static final double BOX_M = 0.05;
    public static final double BOX_HEIGHT_M = 0.03;
    public static final double BOX_KG = 0.1;
    public static final double SPACING_M = 0.3;
    /** Simulated time stepped before measuring, so that queues have settled. */
    public static final double SETTLE_SECONDS = 2;

    private final int boxes;
    private final boolean queued;

    BeltCase(int boxes, boolean queued) {
        this.boxes = boxes;
        this.queued = queued;
    }

    public int boxes() {
        return boxes;
    }

    /** True when the boxes start in contact against the stop (whose face is at x = 0). */
    public boolean queued() {
        return queued;
    }

    /** Initial centre x of box {@code k}: box 0 is the front one. */
    public double startX(int k) {
        return queued ? -BOX_M / 2 - k * BOX_M : -k * SPACING_M;
    }

    /** Steps in {@link #SETTLE_SECONDS}. */
    public static int settleSteps() {
        return (int) Math.round(SETTLE_SECONDS / STEP_SECONDS);
    }

    /**
     * Largest overlap, metres, between neighbours of a row of equal boxes given their centre x
     * (any order; sorted in place). 0 when no two interpenetrate.
     */
    public static double maxOverlapMetres(double[] centreX) {
        java.util.Arrays.sort(centreX);
        double worst = 0;
        for (int k = 1; k < centreX.length; k++) {
            worst = Math.max(worst, BOX_M - (centreX[k] - centreX[k - 1]));
        }
        return worst;
    }
}
