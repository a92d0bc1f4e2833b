package io.simbase.engine.component;

import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;

/** A fixed rail, end stop or wall: an obstacle box parts cannot pass. */
public final class Guide extends Component {
    public Guide(String id, Geometry g) {
        super(id, "guide", g);
    }

    @Override
    protected void build(World w) {
        Geometry g = geometry();
        int o = w.parts().addObstacle();
        w.parts().setObstacle(o, g.minX(), g.minY(), g.z(), g.maxX(), g.maxY(), g.top(), 0, 0, true);
    }
}
