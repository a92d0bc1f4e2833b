package io.simbase.engine.component;

import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;
import java.util.Map;

/**
 * A photoelectric sensor. The beam starts at the geometry's centre, at height {@code z}, and
 * runs along the heading. Diffuse: on when a part is within {@code rangeM}. Through-beam: the
 * receiver stands at {@code rangeM}; on when a part blocks the beam. {@code invert} gives the
 * dark-off (NC) output.
 */
public final class PhotoEye extends Component {
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
    protected void sense(World w) {
        double d = w.parts().rayDistance(beamX, beamY, beamZ, dirX, dirY, rangeM);
        detected = d <= rangeM;
        w.io().setRaw(tag, detected != invert);
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
    public Map<String, String> properties() {
        return Map.of("mode", throughBeam ? "through_beam" : "diffuse", "range_m", Double.toString(rangeM));
    }
}
