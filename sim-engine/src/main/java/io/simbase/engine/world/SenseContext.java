package io.simbase.engine.world;

import io.simbase.engine.core.Rng;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoImage;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.parts.PartSystem;

/**
 * What a component may do in the sense phase: query the parts, read operator actions and
 * write raw values of <em>sensor</em> tags. It cannot write actuators or move anything; a
 * write to an actuator tag is a programming error and throws.
 *
 * <p>One per world, owned by the stepping thread; every method allocates nothing.
 */
public final class SenseContext {
    private final World world;
    private final IoImage io;
    private final PartSystem parts;
    private final boolean[] sensor;

    SenseContext(World world) {
        this.world = world;
        this.io = world.io();
        this.parts = world.parts();
        IoLayout layout = world.layout();
        this.sensor = new boolean[layout.size()];
        for (int i = 0; i < sensor.length; i++) {
            sensor[i] = layout.tag(i).direction() == Direction.SENSOR;
        }
    }

    /** Writes a sensor tag's raw value. */
    public void setSensor(int tag, double value) {
        checkSensor(tag);
        io.setRaw(tag, value);
    }

    /** Writes a bool sensor tag's raw value. */
    public void setSensor(int tag, boolean value) {
        checkSensor(tag);
        io.setRaw(tag, value);
    }

    private void checkSensor(int tag) {
        if (!sensor[tag]) {
            throw new IllegalStateException("the sense phase writes sensor tags only; tag " + tag + " is an actuator");
        }
    }

    /** Value an operator set on a panel tag (1 = pressed for buttons). */
    public double operatorValue(int tag) {
        return world.operatorValue(tag);
    }

    public Rng rng() {
        return world.rng();
    }

    /** Distance along a horizontal ray to the first part it meets, or +infinity. */
    public double rayDistance(double ox, double oy, double oz, double dirX, double dirY, double length) {
        return parts.rayDistance(ox, oy, oz, dirX, dirY, length);
    }

    /** The first slot whose box overlaps the zone, or -1; {@code metalOnly} for inductive sensing. */
    public int firstInZone(double minX, double minY, double minZ, double maxX, double maxY, double maxZ,
                           boolean metalOnly) {
        return parts.firstInZone(minX, minY, minZ, maxX, maxY, maxZ, metalOnly);
    }

    /** Total mass (kg) of the parts whose centre lies in the footprint, resting at or below {@code maxBaseZ}. */
    public double massInZone(double minX, double minY, double maxX, double maxY, double maxBaseZ) {
        return parts.massInZone(minX, minY, maxX, maxY, maxBaseZ);
    }

    /** Highest part top among parts whose centre lies in the footprint, or -infinity. */
    public double highestTopInZone(double minX, double minY, double maxX, double maxY) {
        return parts.highestTopInZone(minX, minY, maxX, maxY);
    }

    /** The 24-bit RGB colour of the part in a live slot (see {@link #firstInZone}). */
    public int partColour(int slot) {
        return parts.type(parts.typeOf(slot)).colour();
    }
}
