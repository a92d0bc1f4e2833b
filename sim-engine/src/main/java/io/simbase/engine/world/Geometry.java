package io.simbase.engine.world;

/**
 * Where a component stands: an oriented box. {@code x, y} is the centre of its footprint and
 * {@code z} its base, in metres in the plant frame (x right, y away from the operator, z up);
 * {@code sizeX} runs along the component's heading, {@code sizeY} across it; {@code yawDegrees}
 * is 0, 90, 180 or 270, counter-clockwise from +x. Enough for a client to draw the plant.
 */
public record Geometry(double x, double y, double z, double sizeX, double sizeY, double sizeZ, int yawDegrees) {

    /** Unit heading, x component (exact for the four allowed yaws). */
    public double dirX() {
        switch (yawDegrees) {
            case 0: return 1;
            case 180: return -1;
            default: return 0;
        }
    }

    /** Unit heading, y component (exact for the four allowed yaws). */
    public double dirY() {
        switch (yawDegrees) {
            case 90: return 1;
            case 270: return -1;
            default: return 0;
        }
    }

    /** Extent of the footprint along world x. */
    public double extentX() {
        return dirX() != 0 ? sizeX : sizeY;
    }

    /** Extent of the footprint along world y. */
    public double extentY() {
        return dirX() != 0 ? sizeY : sizeX;
    }

    public double minX() {
        return x - extentX() / 2;
    }

    public double maxX() {
        return x + extentX() / 2;
    }

    public double minY() {
        return y - extentY() / 2;
    }

    public double maxY() {
        return y + extentY() / 2;
    }

    public double top() {
        return z + sizeZ;
    }
}
