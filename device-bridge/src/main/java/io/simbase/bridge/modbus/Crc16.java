package io.simbase.bridge.modbus;

/**
 * Modbus RTU CRC-16 (polynomial 0xA001 reflected, initial 0xFFFF), table driven. The CRC goes
 * on the wire low byte first. Stateless, allocation-free.
 */
public final class Crc16 {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            TABLE[i] = c;
        }
    }

    private Crc16() {
    }

    /** CRC of {@code buf[off, off + len)}. */
    public static int of(byte[] buf, int off, int len) {
        int crc = 0xFFFF;
        for (int i = off; i < off + len; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ buf[i]) & 0xFF];
        }
        return crc;
    }

    /** Appends the CRC of {@code buf[0, len)} at {@code len}; returns the new length. */
    public static int append(byte[] buf, int len) {
        int crc = of(buf, 0, len);
        buf[len] = (byte) crc;
        buf[len + 1] = (byte) (crc >>> 8);
        return len + 2;
    }

    /** True when the last two bytes of {@code buf[0, len)} are the CRC of the bytes before them. */
    public static boolean check(byte[] buf, int len) {
        if (len < 4) {
            return false;
        }
        int crc = of(buf, 0, len - 2);
        return (buf[len - 2] & 0xFF) == (crc & 0xFF) && (buf[len - 1] & 0xFF) == (crc >>> 8);
    }
}
