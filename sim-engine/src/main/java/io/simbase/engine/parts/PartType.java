package io.simbase.engine.parts;

/**
 * A kind of workpiece a scene uses: shape, size, material, colour. Immutable.
 *
 * <p>Contacts use the part's footprint box ({@code lengthM x widthM}); a cylinder's footprint
 * is its bounding square. Parts do not rotate.
 *
 * @param name     scene-unique name, e.g. {@code small_metal}
 * @param shape    {@code box} or {@code cylinder}
 * @param lengthM  footprint along x, metres (a cylinder's diameter)
 * @param widthM   footprint along y, metres (a cylinder's diameter)
 * @param heightM  height, metres
 * @param metal    true for metal parts (inductive sensors see them)
 * @param colour   24-bit RGB
 * @param massKg   mass, kilograms
 */
public record PartType(String name, Shape shape, double lengthM, double widthM, double heightM,
                       boolean metal, int colour, double massKg) {

    /** Part shapes. */
    public enum Shape { BOX, CYLINDER }
}
