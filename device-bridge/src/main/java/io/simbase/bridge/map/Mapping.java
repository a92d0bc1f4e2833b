package io.simbase.bridge.map;

import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;

/**
 * One tag at one place of a Modbus table, with its encoding. Immutable; the conversions
 * allocate nothing.
 *
 * @param tag      the scene tag
 * @param table    the Modbus table
 * @param address  0-based PDU address of the first (or only) register or bit
 * @param encoding how the value is encoded; bit tables always carry one bit
 * @param bit      bit number 0..15 for {@link Encoding#BIT}, else 0
 * @param rawMin   raw register value of the tag's min, for {@link Encoding#SCALED}
 * @param rawMax   raw register value of the tag's max, for {@link Encoding#SCALED}
 */
public record Mapping(TagDef tag, ModbusTable table, int address, Encoding encoding, int bit,
                      int rawMin, int rawMax) {

    /** Addresses occupied from {@link #address()}. */
    public int width() {
        return table.isBit() ? 1 : encoding.width();
    }

    /** The register word {@code word} (0 or 1 for float32) that carries {@code value}. */
    public int toRegister(double value, int word) {
        switch (encoding) {
            case DEFAULT:
                return tag.toRegister(value);
            case SCALED: {
                double v = tag.coerce(value);
                double span = tag.max() - tag.min();
                double raw = span == 0 ? rawMin : rawMin + (v - tag.min()) / span * (rawMax - rawMin);
                return ((int) Math.rint(raw)) & 0xFFFF;
            }
            case INT16:
            case UINT16:
                return ((int) Math.rint(tag.coerce(value))) & 0xFFFF;
            case FLOAT32: {
                int bits = Float.floatToIntBits((float) value);
                return word == 0 ? bits >>> 16 : bits & 0xFFFF;
            }
            case BIT:
                return value != 0 ? 1 << bit : 0;
            default:
                throw new AssertionError(encoding);
        }
    }

    /**
     * The engineering value carried by raw register words ({@code word1} only for float32).
     * Not range-checked: see {@link TagDef#accepts(double)}.
     */
    public double fromRegisters(int word0, int word1) {
        switch (encoding) {
            case DEFAULT:
                return tag.fromRegister(word0);
            case SCALED: {
                int raw = (tag.min() < 0 || rawMin < 0) ? (short) word0 : word0 & 0xFFFF;
                if (rawMax == rawMin) {
                    return tag.min();
                }
                return tag.min() + (double) (raw - rawMin) / (rawMax - rawMin) * (tag.max() - tag.min());
            }
            case INT16:
                return (short) word0;
            case UINT16:
                return word0 & 0xFFFF;
            case FLOAT32:
                return Float.intBitsToFloat(((word0 & 0xFFFF) << 16) | (word1 & 0xFFFF));
            case BIT:
                return (word0 >>> bit) & 1;
            default:
                throw new AssertionError(encoding);
        }
    }

    /** True when this encoding can carry the tag's type. */
    public boolean fitsType() {
        if (table.isBit() || encoding == Encoding.BIT) {
            return tag.type() == TagType.BOOL;
        }
        return encoding == Encoding.DEFAULT || tag.type() != TagType.BOOL
                || encoding == Encoding.UINT16 || encoding == Encoding.INT16;
    }

    @Override
    public String toString() {
        return tag.name() + "@" + table.shortKey() + ":" + address
                + (encoding == Encoding.BIT ? "." + bit : "") + "(" + encoding.key() + ")";
    }
}
