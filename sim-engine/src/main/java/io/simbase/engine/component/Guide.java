package io.simbase.engine.component;

import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;

/** A fixed rail, end stop or wall: an obstacle box parts cannot pass. */
public final class Guide extends Component {
    /** The scene-file type {@code guide}. */
    public static final ComponentType TYPE = ComponentType.builder("guide", "a fixed wall, rail or end stop")
            .at(3, "centre of the footprint; z its base")
            .numbers("size", 3, 0.001, 50, "[sx, sy, sz], m")
            .factory(c -> {
                double[] at = c.numbers("at");
                double[] size = c.numbers("size");
                return new Guide(c.id(), new Geometry(at[0], at[1], at[2], size[0], size[1], size[2], c.yawDegrees()));
            })
            .build();

    public Guide(String id, Geometry g) {
        super(id, "guide", g);
    }

    @Override
    public Drawing drawing() {
        return Drawing.of(Drawing.rect(0, 0, geometry().sizeX(), geometry().sizeY(), "#333"));
    }

    @Override
    protected void build(BuildContext w) {
        Geometry g = geometry();
        int o = w.addObstacle();
        w.setObstacle(o, g.minX(), g.minY(), g.z(), g.maxX(), g.maxY(), g.top(), 0, 0, true);
    }
}
