package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.Map;

/**
 * A photoelectric sensor. The beam starts at the geometry's centre, at height {@code z}, and
 * runs along the heading. Diffuse: on when a part is within {@code rangeM}. Through-beam: the
 * receiver stands at {@code rangeM}; on when a part blocks the beam. {@code invert} gives the
 * dark-off (NC) output.
 */
public final class PhotoEye extends Component implements SensePhase {
    /** The scene-file type {@code photo_eye}: a diffuse sensor. */
    public static final ComponentType DIFFUSE = type("photo_eye", "a diffuse photoelectric sensor: on when a part is within range");
    /** The scene-file type {@code through_beam}: emitter and receiver. */
    public static final ComponentType THROUGH_BEAM = type("through_beam",
            "a through-beam photoelectric sensor: on when a part blocks the beam to its receiver");

    private final boolean throughBeam;
    private final double rangeM;
    private final boolean invert;
    private final int tag;
    // The beam from the geometry, fixed at build: the step reads no Geometry.
    private final double beamX;
    private final double beamY;
    private final double beamZ;
    private final double dirX;
    private final double dirY;
    private boolean detected;

    private static ComponentType type(String name, String summary) {
        boolean through = name.equals("through_beam");
        return ComponentType.builder(name, summary)
                .at(3, "the beam's origin; z its height")
                .number("range", 0.001, 20, through ? "m to the receiver" : "m")
                .bool("invert", false, "dark-off (NC) output")
                .tag("tag", true, Direction.SENSOR, "", TagType.BOOL)
                .factory(c -> {
                    double[] at = c.numbers("at");
                    Geometry g = new Geometry(at[0], at[1], at[2], 0.03, 0.03, 0.03, c.yawDegrees());
                    return new PhotoEye(c.id(), g, through, c.number("range"), c.bool("invert"), c.tag("tag"));
                })
                .build();
    }

    public PhotoEye(String id, Geometry g, boolean throughBeam, double rangeM, boolean invert, int tag) {
        super(id, throughBeam ? "through_beam" : "photo_eye", g);
        this.throughBeam = throughBeam;
        this.rangeM = rangeM;
        this.invert = invert;
        this.tag = tag;
        this.beamX = g.x();
        this.beamY = g.y();
        this.beamZ = g.z();
        this.dirX = g.dirX();
        this.dirY = g.dirY();
    }

    @Override
    public void sense(SenseContext w) {
        double d = w.rayDistance(beamX, beamY, beamZ, dirX, dirY, rangeM);
        detected = d <= rangeM;
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
    public Drawing drawing() {
        return Drawing.of(Drawing.circle(0, 0, 0, "#ff4500").onWhen("detected", "#ffa07a").layer(2).atLeast(4));
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("mode", throughBeam ? "through_beam" : "diffuse", "range_m", Double.toString(rangeM));
    }
}
