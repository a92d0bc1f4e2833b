package io.simbase.engine.component;

import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;

/**
 * A chute, slide or table: a static surface. A chute's incline is modelled by the steady
 * sliding velocity it gives parts along its heading ({@code slideMps}; 0 for a table).
 */
public final class Chute extends Component {
    private final double slideMps;
    private final double frictionMu;

    public Chute(String id, Geometry g, double slideMps, double frictionMu) {
        super(id, "chute", g);
        this.slideMps = slideMps;
        this.frictionMu = frictionMu;
    }

    @Override
    protected void build(World w) {
        Geometry g = geometry();
        int s = w.parts().addSurface(g.minX(), g.minY(), g.maxX(), g.maxY(), g.top(), frictionMu);
        w.parts().setSurfaceVelocity(s, slideMps * g.dirX(), slideMps * g.dirY());
    }
}
