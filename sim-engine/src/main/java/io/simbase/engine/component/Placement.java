package io.simbase.engine.component;

import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.world.Geometry;

/** Geometry of components that have no extent of their own (valves, panel controls). */
final class Placement {
    private Placement() {
    }

    /** A cube of {@code size} metres at the optional {@code at} (the origin when absent), heading +x. */
    static Geometry small(ComponentConfig c, double size) {
        double[] at = c.numbers("at");
        if (at == null) {
            return new Geometry(0, 0, 0, size, size, size, 0);
        }
        return new Geometry(at[0], at[1], at.length == 3 ? at[2] : 0, size, size, size, 0);
    }
}
