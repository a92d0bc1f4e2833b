package io.simbase.engine.component;

import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;
import java.util.Map;

/**
 * A presence switch with a box-shaped sensing zone: an inductive sensor (metal parts only), a
 * capacitive sensor (any part), or a mechanical limit switch. For the two proximity kinds the
 * zone extends {@code rangeM} from the sensing face (the geometry's centre) along the heading,
 * {@code faceM} wide and high around the face; a limit switch's zone is its geometry box.
 */
public final class ProximitySensor extends Component {
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

    public ProximitySensor(String id, Geometry g, Kind kind, double rangeM, double faceM, boolean invert, int tag) {
        super(id, kind.name().toLowerCase(java.util.Locale.ROOT), g);
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
    protected void sense(World w) {
        detected = w.parts().firstInZone(minX, minY, minZ, maxX, maxY, maxZ, kind == Kind.INDUCTIVE) >= 0;
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
        return Map.of("range_m", Double.toString(rangeM), "face_m", Double.toString(faceM));
    }
}
