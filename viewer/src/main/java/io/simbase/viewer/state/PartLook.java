package io.simbase.viewer.state;

/**
 * How one part type is drawn: shape, size in metres (x along, y across, z up) and colour.
 *
 * @param cylinder true for a cylinder (diameter {@code sizeX}), false for a box
 */
public record PartLook(String name, boolean cylinder, float sizeX, float sizeY, float sizeZ, float[] rgb,
                       String material) {
}
