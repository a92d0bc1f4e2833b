package io.simbase.engine.component;

import io.simbase.engine.core.Rng;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;

/**
 * Which part type a feeder hands out next: a repeating sequence of part type indices, or a
 * seeded random mix by relative weights (one {@link Rng#nextDouble()} per part). Mutable (the
 * sequence position); owned by one component on the simulation thread; allocates nothing after
 * construction.
 */
final class PartMix {
    private final int[] sequence;
    private final double[] cumulativeWeights;
    private int sequencePos;

    /**
     * @param sequence part type indices cycled in order, or null for a random mix
     * @param weights  relative weight per part type index (random mix), or null with a sequence
     */
    PartMix(int[] sequence, double[] weights) {
        this.sequence = sequence == null ? null : sequence.clone();
        if (weights != null) {
            cumulativeWeights = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulativeWeights[i] = sum;
            }
        } else {
            cumulativeWeights = null;
        }
    }

    /** The next part type index. */
    int next(Rng rng) {
        if (sequence != null) {
            int t = sequence[sequencePos];
            sequencePos = (sequencePos + 1) % sequence.length;
            return t;
        }
        double r = rng.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (r < cumulativeWeights[i]) {
                return i;
            }
        }
        return cumulativeWeights.length - 1;
    }

    /** The position in the sequence (0 with a mix). */
    int position() {
        return sequencePos;
    }

    void setPosition(int position) {
        sequencePos = position;
    }

    void writeState(StateSink s) {
        s.putInt(sequencePos);
    }

    void readState(StateSource s) {
        sequencePos = s.getInt();
    }
}
