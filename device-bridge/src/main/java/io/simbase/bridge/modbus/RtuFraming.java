package io.simbase.bridge.modbus;

/**
 * Modbus RTU frame lengths, decided from the first bytes of a frame so that a receiver reads
 * exactly as many bytes as the frame needs (the way libmodbus does) instead of waiting for a
 * line silence.
 *
 * <pre>
 * RTU ADU  | unit | fc | data ... | crc lo | crc hi |
 * </pre>
 *
 * Each method returns the full ADU length, {@link #NEED_MORE} while the header that decides it
 * has not arrived, or {@link #UNKNOWN} for a function code whose length cannot be known (the
 * receiver then ends the frame at the next silence).
 */
public final class RtuFraming {
    public static final int NEED_MORE = -1;
    public static final int UNKNOWN = -2;

    private RtuFraming() {
    }

    /** Length of a request (master to slave) starting at {@code buf[0]}, {@code len} bytes present. */
    public static int requestLength(byte[] buf, int len) {
        if (len < 2) {
            return NEED_MORE;
        }
        switch (buf[1] & 0xFF) {
            case Fc.READ_COILS:
            case Fc.READ_DISCRETE_INPUTS:
            case Fc.READ_HOLDING_REGISTERS:
            case Fc.READ_INPUT_REGISTERS:
            case Fc.WRITE_SINGLE_COIL:
            case Fc.WRITE_SINGLE_REGISTER:
                return 8;
            case Fc.WRITE_MULTIPLE_COILS:
            case Fc.WRITE_MULTIPLE_REGISTERS:
                return len < 7 ? NEED_MORE : 9 + (buf[6] & 0xFF);
            default:
                return UNKNOWN;
        }
    }

    /** Length of a response (slave to master) starting at {@code buf[0]}, {@code len} bytes present. */
    public static int responseLength(byte[] buf, int len) {
        if (len < 2) {
            return NEED_MORE;
        }
        int fc = buf[1] & 0xFF;
        if ((fc & Fc.EXCEPTION_BIT) != 0) {
            return 5;
        }
        switch (fc) {
            case Fc.READ_COILS:
            case Fc.READ_DISCRETE_INPUTS:
            case Fc.READ_HOLDING_REGISTERS:
            case Fc.READ_INPUT_REGISTERS:
                return len < 3 ? NEED_MORE : 5 + (buf[2] & 0xFF);
            case Fc.WRITE_SINGLE_COIL:
            case Fc.WRITE_SINGLE_REGISTER:
            case Fc.WRITE_MULTIPLE_COILS:
            case Fc.WRITE_MULTIPLE_REGISTERS:
                return 8;
            default:
                return UNKNOWN;
        }
    }
}
