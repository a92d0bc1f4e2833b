package io.simbase.engine.component;

import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;

/**
 * A chute, slide or table: a static surface. A chute's incline is modelled by the steady
 * sliding velocity it gives parts along its heading ({@code slideMps}; 0 for a table).
 */
public final class Chute extends Component {
    /** The scene-file type {@code chute}: a sloped slide. */
    public static final ComponentType CHUTE = ComponentType.builder("chute",
                    "a static surface that gives parts a sliding velocity along its heading")
            .at(2, "centre of the footprint")
            .number("length", 0.02, 50, "m, along the heading")
            .number("width", 0.02, 5, "m")
            .number("height", 0.0, 5, "m, of the surface")
            .number("slide_speed", 0.3, 0, 5, "m/s")
            .number("friction", 0.4, 0.01, 2, "Coulomb coefficient")
            .factory(c -> create(c, "chute", c.number("slide_speed")))
            .build();
    /** The scene-file type {@code table}: a level surface. */
    public static final ComponentType TABLE = ComponentType.builder("table", "a static level surface")
            .at(2, "centre of the footprint")
            .number("length", 0.02, 50, "m")
            .number("width", 0.02, 5, "m")
            .number("height", 0.0, 5, "m, of the surface")
            .number("friction", 0.4, 0.01, 2, "Coulomb coefficient")
            .factory(c -> create(c, "table", 0))
            .build();

    private final double slideMps;
    private final double frictionMu;

    public Chute(String id, String type, Geometry g, double slideMps, double frictionMu) {
        super(id, type, g);
        this.slideMps = slideMps;
        this.frictionMu = frictionMu;
    }

    private static Chute create(ComponentConfig c, String type, double slideMps) {
        double[] at = c.numbers("at");
        Geometry g = new Geometry(at[0], at[1], 0, c.number("length"), c.number("width"), c.number("height"),
                c.yawDegrees());
        return new Chute(c.id(), type, g, slideMps, c.number("friction"));
    }

    @Override
    public Drawing drawing() {
        return Drawing.of(Drawing.rect(0, 0, geometry().sizeX(), geometry().sizeY(),
                type().equals("table") ? "#b8b8b8" : "#a9a9a9"));
    }

    @Override
    protected void build(BuildContext w) {
        Geometry g = geometry();
        int s = w.addSurface(g.minX(), g.minY(), g.maxX(), g.maxY(), g.top(), frictionMu);
        w.setSurfaceVelocity(s, slideMps * g.dirX(), slideMps * g.dirY());
    }
}
