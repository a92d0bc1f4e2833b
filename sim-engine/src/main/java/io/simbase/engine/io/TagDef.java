package io.simbase.engine.io;

import java.util.Objects;

/**
 * One declared tag of a scene: immutable, validated by the scene loader.
 *
 * <p>Values are engineering values in {@link #unit()}: a {@code bool} is 0 or 1, an
 * {@code int} a whole number. As a 16-bit word (the default image a word-oriented protocol such
 * as Modbus carries) a {@code real} is an unsigned count scaled over {@code [min, max]} to
 * {@code [0, }{@value #REAL_FULL_SCALE}{@code ]}; an {@code int} is itself (two's complement when
 * {@code min < 0}). Where a tag lives in a protocol's address space is not part of the tag.
 */
public final class TagDef {
    /** Register count that stands for the top of a real tag's range. */
    public static final int REAL_FULL_SCALE = 10000;

    private final int index;
    private final String name;
    private final TagType type;
    private final Direction direction;
    private final double min;
    private final double max;
    private final String unit;
    private final String description;
    private final String descriptionZh;

    public TagDef(int index, String name, TagType type, Direction direction, double min, double max,
                  String unit, String description) {
        this(index, name, type, direction, min, max, unit, description, "");
    }

    /** A tag whose description also exists in Chinese ({@code descriptionZh}, empty when not). */
    public TagDef(int index, String name, TagType type, Direction direction, double min, double max,
                  String unit, String description, String descriptionZh) {
        this.index = index;
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.direction = Objects.requireNonNull(direction, "direction");
        if (!(min <= max)) {
            throw new IllegalArgumentException("tag " + name + ": min " + min + " > max " + max);
        }
        this.min = min;
        this.max = max;
        this.unit = unit == null ? "" : unit;
        this.description = description == null ? "" : description;
        this.descriptionZh = descriptionZh == null ? "" : descriptionZh;
    }

    /** Position in declaration order; stable for the life of the scene. */
    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public TagType type() {
        return type;
    }

    public Direction direction() {
        return direction;
    }

    /** Lower end of the range, engineering units. For bool 0. */
    public double min() {
        return min;
    }

    /** Upper end of the range, engineering units. For bool 1. */
    public double max() {
        return max;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    /** The description in Chinese; empty when the scene gives none (show {@link #description()}). */
    public String descriptionZh() {
        return descriptionZh;
    }

    /** True when {@code v} is a legal value for this tag (in range, whole for int/bool). */
    public boolean accepts(double v) {
        if (Double.isNaN(v) || v < min || v > max) {
            return false;
        }
        return type == TagType.REAL || v == Math.rint(v);
    }

    /** Clamps and, for int/bool, rounds a value into this tag's range. */
    public double coerce(double v) {
        if (Double.isNaN(v)) {
            return min;
        }
        double c = v < min ? min : (v > max ? max : v);
        return type == TagType.REAL ? c : Math.rint(c);
    }

    /** Engineering value to the 16-bit register image (0..65535). */
    public int toRegister(double v) {
        switch (type) {
            case BOOL:
                return v != 0 ? 1 : 0;
            case INT:
                return ((int) Math.rint(coerce(v))) & 0xFFFF;
            default:
                if (max == min) {
                    return 0;
                }
                double scaled = (coerce(v) - min) / (max - min) * REAL_FULL_SCALE;
                return (int) Math.rint(scaled);
        }
    }

    /** 16-bit register image (0..65535) to the engineering value; not range-checked. */
    public double fromRegister(int register) {
        int r = register & 0xFFFF;
        switch (type) {
            case BOOL:
                return r != 0 ? 1 : 0;
            case INT:
                return min < 0 ? (short) r : r;
            default:
                return min + (max - min) * r / REAL_FULL_SCALE;
        }
    }

    @Override
    public String toString() {
        return name + '(' + type.key() + ' ' + direction.key() + ')';
    }
}
