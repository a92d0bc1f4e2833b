package io.simbase.bridge.modbus;

/** Modbus function and exception codes used by the bridge. */
public final class Fc {
    public static final int READ_COILS = 0x01;
    public static final int READ_DISCRETE_INPUTS = 0x02;
    public static final int READ_HOLDING_REGISTERS = 0x03;
    public static final int READ_INPUT_REGISTERS = 0x04;
    public static final int WRITE_SINGLE_COIL = 0x05;
    public static final int WRITE_SINGLE_REGISTER = 0x06;
    public static final int WRITE_MULTIPLE_COILS = 0x0F;
    public static final int WRITE_MULTIPLE_REGISTERS = 0x10;

    /** Set in the function code of an exception reply. */
    public static final int EXCEPTION_BIT = 0x80;

    public static final int EX_ILLEGAL_FUNCTION = 1;
    public static final int EX_ILLEGAL_DATA_ADDRESS = 2;
    public static final int EX_ILLEGAL_DATA_VALUE = 3;
    public static final int EX_SERVER_DEVICE_FAILURE = 4;
    public static final int EX_SERVER_DEVICE_BUSY = 6;

    /** Largest PDU (function code and data), from the Modbus application protocol. */
    public static final int MAX_PDU = 253;
    /** Largest RTU ADU: unit, PDU, CRC. */
    public static final int MAX_RTU_ADU = 256;

    private Fc() {
    }

    /** A short name for an exception code, as libmodbus spells them. */
    public static String exceptionName(int code) {
        switch (code) {
            case EX_ILLEGAL_FUNCTION: return "illegal function";
            case EX_ILLEGAL_DATA_ADDRESS: return "illegal data address";
            case EX_ILLEGAL_DATA_VALUE: return "illegal data value";
            case EX_SERVER_DEVICE_FAILURE: return "server device failure";
            case EX_SERVER_DEVICE_BUSY: return "server device busy";
            default: return "exception " + code;
        }
    }
}
