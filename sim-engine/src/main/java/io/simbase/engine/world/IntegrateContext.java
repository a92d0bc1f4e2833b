package io.simbase.engine.world;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.core.Rng;
import io.simbase.engine.io.IoImage;
import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.parts.PartType;

/**
 * What a component may do in the integrate phase, after the part solver: read effective tag
 * values, create and remove parts, draw random numbers and report events. It cannot write
 * tags or move surfaces and obstacles.
 *
 * <p>One per world, owned by the stepping thread; every method allocates nothing.
 */
public final class IntegrateContext {
    private final World world;
    private final IoImage io;
    private final PartSystem parts;

    IntegrateContext(World world) {
        this.world = world;
        this.io = world.io();
        this.parts = world.parts();
    }

    /** Length of one step, seconds. */
    public double dtSeconds() {
        return world.dtSeconds();
    }

    /** A tag's effective value. */
    public double get(int tag) {
        return io.get(tag);
    }

    /** A bool tag's effective value. */
    public boolean getBool(int tag) {
        return io.getBool(tag);
    }

    public Rng rng() {
        return world.rng();
    }

    /** Reports an event of the current step. */
    public void emit(EventKind kind, int subject, double value) {
        world.emit(kind, subject, value);
    }

    /** The next part type queued for this part source ({@link World#queuePart}), taken off its queue; -1 when none. */
    public int takeQueuedPart(int componentIndex) {
        return world.takeQueuedPart(componentIndex);
    }

    public PartType partType(int typeIndex) {
        return parts.type(typeIndex);
    }

    /** Top of the highest surface under the point at or below {@code maxTop}, or 0 (the floor). */
    public double surfaceTopAt(double x, double y, double maxTop) {
        return parts.surfaceTopAt(x, y, maxTop);
    }

    /** True when no live part's box overlaps the given box. */
    public boolean isClear(double cx, double cy, double baseZ, double halfX, double halfY, double height) {
        return parts.isClear(cx, cy, baseZ, halfX, halfY, height);
    }

    /** Creates a part at rest; its slot, or -1 when the plant is full. */
    public int spawn(int typeIndex, double cx, double cy, double baseZ) {
        return parts.spawn(typeIndex, cx, cy, baseZ);
    }

    /** The first slot whose centre lies in the footprint, or -1. */
    public int firstCentreIn(double minX, double minY, double maxX, double maxY) {
        return parts.firstCentreIn(minX, minY, maxX, maxY);
    }

    /** The id of the part in a slot. */
    public long partId(int slot) {
        return parts.id(slot);
    }

    /** Removes the part in a slot. */
    public void remove(int slot) {
        parts.remove(slot);
    }

    /** The first live slot whose box overlaps the zone, or -1 (any material). */
    public int firstInZone(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {
        return parts.firstInZone(minX, minY, minZ, maxX, maxY, maxZ, false);
    }

    /** Whether a slot holds a live part. */
    public boolean partAlive(int slot) {
        return parts.alive(slot);
    }

    /** Height above the floor of the base of the part in a slot, m. */
    public double partBaseZ(int slot) {
        return parts.z(slot);
    }

    /** Height of the part in a slot, m. */
    public double partHeight(int slot) {
        return parts.height(slot);
    }

    /** Moves the part in a slot to a point and stops it (a gripper carrying it). */
    public void carryPart(int slot, double cx, double cy, double baseZ) {
        parts.place(slot, cx, cy, baseZ, 0, 0);
    }

    /** The horizontal speed of the part in a slot, m/s. */
    public double partSpeed(int slot) {
        double vx = parts.vx(slot);
        double vy = parts.vy(slot);
        return Math.sqrt(vx * vx + vy * vy);
    }
}
