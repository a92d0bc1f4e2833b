package io.simbase.bridge.modbus;


/**
 * Request encoding and reply decoding for a master, into and out of caller buffers.
 * Allocation-free. PDUs start at offset 0 of the buffers.
 */
public final class MasterPdu {
    private MasterPdu() {
    }

    /** Encodes a read of {@code count} bits or registers of {@code table}; returns the PDU length (5). */
    public static int read(byte[] pdu, ModbusTable table, int address, int count) {
        pdu[0] = (byte) switch (table) {
            case COIL -> Fc.READ_COILS;
            case DISCRETE_INPUT -> Fc.READ_DISCRETE_INPUTS;
            case HOLDING_REGISTER -> Fc.READ_HOLDING_REGISTERS;
            case INPUT_REGISTER -> Fc.READ_INPUT_REGISTERS;
        };
        put16(pdu, 1, address);
        put16(pdu, 3, count);
        return 5;
    }

    /** FC 05. */
    public static int writeCoil(byte[] pdu, int address, boolean on) {
        pdu[0] = (byte) Fc.WRITE_SINGLE_COIL;
        put16(pdu, 1, address);
        put16(pdu, 3, on ? 0xFF00 : 0);
        return 5;
    }

    /** FC 06. */
    public static int writeRegister(byte[] pdu, int address, int value) {
        pdu[0] = (byte) Fc.WRITE_SINGLE_REGISTER;
        put16(pdu, 1, address);
        put16(pdu, 3, value);
        return 5;
    }

    /** FC 16 with {@code values[0, count)}. */
    public static int writeRegisters(byte[] pdu, int address, int[] values, int count) {
        pdu[0] = (byte) Fc.WRITE_MULTIPLE_REGISTERS;
        put16(pdu, 1, address);
        put16(pdu, 3, count);
        pdu[5] = (byte) (count * 2);
        for (int i = 0; i < count; i++) {
            put16(pdu, 6 + 2 * i, values[i]);
        }
        return 6 + count * 2;
    }

    /** FC 15 with {@code bits[0, count)} (0 or 1). */
    public static int writeCoils(byte[] pdu, int address, int[] bits, int count) {
        pdu[0] = (byte) Fc.WRITE_MULTIPLE_COILS;
        put16(pdu, 1, address);
        put16(pdu, 3, count);
        int bytes = (count + 7) >>> 3;
        pdu[5] = (byte) bytes;
        for (int i = 0; i < bytes; i++) {
            pdu[6 + i] = 0;
        }
        for (int i = 0; i < count; i++) {
            if (bits[i] != 0) {
                pdu[6 + (i >>> 3)] |= (byte) (1 << (i & 7));
            }
        }
        return 6 + bytes;
    }

    /** True when a reply PDU is an exception reply; its code is {@code pdu[1]}. */
    public static boolean isException(byte[] pdu) {
        return (pdu[0] & Fc.EXCEPTION_BIT) != 0;
    }

    /**
     * Decodes a read reply into {@code out[0, count)}: bits as 0/1, registers as 0..65535.
     * Returns false when the reply does not match the request (function code or byte count).
     */
    public static boolean decodeRead(byte[] pdu, int len, ModbusTable table, int count, int[] out) {
        int expectedBytes = table.isBit() ? (count + 7) >>> 3 : count * 2;
        if (len != 2 + expectedBytes || (pdu[1] & 0xFF) != expectedBytes) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            out[i] = table.isBit()
                    ? (pdu[2 + (i >>> 3)] >>> (i & 7)) & 1
                    : ((pdu[2 + 2 * i] & 0xFF) << 8) | (pdu[3 + 2 * i] & 0xFF);
        }
        return true;
    }

    private static void put16(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }
}
