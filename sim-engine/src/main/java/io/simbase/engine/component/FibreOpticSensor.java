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
 * A fibre-optic sensor in diffuse mode, as used to tell light from dark parts: on while the part
 * in its zone reflects at least {@code threshold} of the light (the amplifier's sensitivity
 * setting). A part's reflectance is the Rec. 601 luma of its colour, 0 for black and 1 for
 * white; a silver (metal) part reflects about 0.76. The zone extends {@code range} from the
 * fibre head (the geometry's centre) along the heading, {@code face} wide and high.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class FibreOpticSensor extends Component implements SensePhase {
    /** The scene-file type {@code fibre_optic}. */
    public static final ComponentType TYPE = ComponentType.builder("fibre_optic",
                    "a fibre-optic colour sensor: on while a part that reflects enough light is in its zone")
            .at(3, "centre of the fibre head")
            .number("range", 0.03, 0.0005, 0.2, "m from the head along the heading")
            .number("face", 0.03, 0.005, 0.5, "m, width and height of the zone")
            .number("threshold", 0.5, 0, 1, "least reflectance that switches it on (0 black, 1 white)")
            .tag("tag", true, Direction.SENSOR, "", TagType.BOOL)
            .factory(c -> {
                double[] at = c.numbers("at");
                Geometry g = new Geometry(at[0], at[1], at[2], 0.02, 0.02, 0.02, c.yawDegrees());
                return new FibreOpticSensor(c.id(), g, c.number("range"), c.number("face"), c.number("threshold"),
                        c.tag("tag"));
            })
            .build();

    private final double rangeM;
    private final double threshold;
    private final int tag;
    private final double minX;
    private final double minY;
    private final double minZ;
    private final double maxX;
    private final double maxY;
    private final double maxZ;
    private boolean detected;

    FibreOpticSensor(String id, Geometry g, double rangeM, double faceM, double threshold, int tag) {
        super(id, "fibre_optic", g);
        this.rangeM = rangeM;
        this.threshold = threshold;
        this.tag = tag;
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

    /** The reflectance of a 24-bit RGB colour: its Rec. 601 luma in [0, 1]. */
    static double reflectance(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
    }

    @Override
    public void sense(SenseContext w) {
        int slot = w.firstInZone(minX, minY, minZ, maxX, maxY, maxZ, false);
        detected = slot >= 0 && reflectance(w.partColour(slot)) >= threshold;
        w.setSensor(tag, detected);
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
        return Drawing.of(Drawing.circle(0, 0, 0.012, "#ffa500").onWhen("detected", "#696969").layer(2).atLeast(4));
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("range_m", Double.toString(rangeM), "threshold", Double.toString(threshold));
    }
}
