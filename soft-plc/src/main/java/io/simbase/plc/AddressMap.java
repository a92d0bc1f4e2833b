package io.simbase.plc;

/**
 * Resolves directly represented variables ({@code %IX0.3}, {@code %QW2}) to scene tags, and
 * converts between a tag's value and its 16-bit register image. Supplied by the caller (the
 * scene's Modbus map); called at compile time ({@link #tagAt}) and, for register variables,
 * once per scan per variable ({@link #toRegister}, {@link #fromRegister}), which must not
 * allocate.
 */
public interface AddressMap {
    /** The tag index at a 0-based address of an area, or -1 when none is there. */
    int tagAt(IoArea area, int address);

    /** A tag's engineering value as its register image, 0..65535. */
    int toRegister(int tag, double value);

    /** A register image (0..65535) as the tag's engineering value. */
    double fromRegister(int tag, int register);

    /** A map with no addresses: every {@code AT} declaration is an error. */
    AddressMap NONE = new AddressMap() {
        @Override
        public int tagAt(IoArea area, int address) {
            return -1;
        }

        @Override
        public int toRegister(int tag, double value) {
            return 0;
        }

        @Override
        public double fromRegister(int tag, int register) {
            return 0;
        }
    };
}
