package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.Locale;
import java.util.Map;

/**
 * A presence switch with a box-shaped sensing zone: an inductive sensor (metal parts only), a
 * capacitive sensor (any part), or a mechanical limit switch. For the two proximity kinds the
 * zone extends {@code rangeM} from the sensing face (the geometry's centre) along the heading,
 * {@code faceM} wide and high around the face; a limit switch's zone is its geometry box.
 */
public final class ProximitySensor extends Component implements SensePhase {
    /** The scene-file type {@code inductive}: sees metal parts only. */
    public static final ComponentType INDUCTIVE = proximity("inductive", Kind.INDUCTIVE, 0.008,
            "an inductive proximity sensor: on while a metal part is in its zone");
    /** The scene-file type {@code capacitive}: sees any part. */
    public static final ComponentType CAPACITIVE = proximity("capacitive", Kind.CAPACITIVE, 0.015,
            "a capacitive proximity sensor: on while any part is in its zone");
    /** The scene-file type {@code limit_switch}. */
    public static final ComponentType LIMIT_SWITCH = ComponentType.builder("limit_switch",
                    "a mechanical limit switch: on while any part is in its box")
            .at(3, "centre of the box; z its base")
            .numbers("size", 3, 0.001, 5, "[sx, sy, sz], m")
            .bool("invert", false, "NC output")
            .tag("tag", true, Direction.SENSOR, "", TagType.BOOL)
            .factory(c -> {
                double[] at = c.numbers("at");
                double[] size = c.numbers("size");
                Geometry g = new Geometry(at[0], at[1], at[2], size[0], size[1], size[2], c.yawDegrees());
                return new ProximitySensor(c.id(), g, Kind.LIMIT_SWITCH, 0, 0, c.bool("invert"), c.tag("tag"));
            })
            .build();

    /** What a sensor responds to. */
    public enum Kind { INDUCTIVE, CAPACITIVE, LIMIT_SWITCH }

    private final Kind kind;
    private final double rangeM;
    private final double faceM;
    private final boolean invert;
    private final int tag;
    private final double minX;
    private final double minY;
    private final double minZ;
    private final double maxX;
    private final double maxY;
    private final double maxZ;
    private boolean detected;

    private static ComponentType proximity(String name, Kind kind, double defaultRange, String summary) {
        return ComponentType.builder(name, summary)
                .at(3, "centre of the sensing face")
                .number("range", defaultRange, 0.0005, 0.2, "m from the face along the heading")
                .number("face", 0.03, 0.005, 0.5, "m, width and height of the zone")
                .bool("invert", false, "NC output")
                .tag("tag", true, Direction.SENSOR, "", TagType.BOOL)
                .factory(c -> {
                    double[] at = c.numbers("at");
                    Geometry g = new Geometry(at[0], at[1], at[2], 0.03, 0.03, 0.03, c.yawDegrees());
                    return new ProximitySensor(c.id(), g, kind, c.number("range"), c.number("face"), c.bool("invert"),
                            c.tag("tag"));
                })
                .build();
    }

    public ProximitySensor(String id, Geometry g, Kind kind, double rangeM, double faceM, boolean invert, int tag) {
        super(id, kind.name().toLowerCase(Locale.ROOT), g);
        this.kind = kind;
        this.rangeM = rangeM;
        this.faceM = faceM;
        this.invert = invert;
        this.tag = tag;
        if (kind == Kind.LIMIT_SWITCH) {
            minX = g.minX();
            maxX = g.maxX();
            minY = g.minY();
            maxY = g.maxY();
            minZ = g.z();
            maxZ = g.top();
        } else {
            double ex = g.x() + g.dirX() * rangeM;
            double ey = g.y() + g.dirY() * rangeM;
            double half = faceM / 2;
            minX = Math.min(g.x(), ex) - (g.dirX() == 0 ? half : 0);
            maxX = Math.max(g.x(), ex) + (g.dirX() == 0 ? half : 0);
            minY = Math.min(g.y(), ey) - (g.dirY() == 0 ? half : 0);
            maxY = Math.max(g.y(), ey) + (g.dirY() == 0 ? half : 0);
            minZ = g.z() - half;
            maxZ = g.z() + half;
        }
    }

    @Override
    public void sense(SenseContext w) {
        detected = w.firstInZone(minX, minY, minZ, maxX, maxY, maxZ, kind == Kind.INDUCTIVE) >= 0;
        w.setSensor(tag, detected != invert);
    }

    @Override
    public String[] visualNames() {
        return new String[] {"detected"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = detected ? 1 : 0;
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("range_m", Double.toString(rangeM), "face_m", Double.toString(faceM));
    }
}
