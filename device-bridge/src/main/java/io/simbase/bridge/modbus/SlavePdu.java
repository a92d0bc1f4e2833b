package io.simbase.bridge.modbus;


/**
 * The slave's protocol core, shared by the RTU and TCP transports: decodes one request PDU,
 * asks a {@link DataModel} and encodes the reply PDU (or an exception reply) into a caller's
 * buffer. Allocation-free; one instance per connection thread.
 *
 * <pre>
 * request  FC 01..04   | fc | addr hi | addr lo | qty hi | qty lo |
 * request  FC 05, 06   | fc | addr hi | addr lo | val hi | val lo |
 * request  FC 15, 16   | fc | addr hi | addr lo | qty hi | qty lo | byte count | data ... |
 * exception reply      | fc | 0x80 | code |
 * </pre>
 */
public final class SlavePdu {
    private final DataModel model;
    private long exceptions;

    public SlavePdu(DataModel model) {
        this.model = model;
    }

    /** Exception replies produced since creation (read on the owning thread). */
    public long exceptions() {
        return exceptions;
    }

    /**
     * Serves the request PDU {@code req[off, off + len)} and writes the reply PDU at
     * {@code resp[respOff]} (room for {@link Fc#MAX_PDU} bytes). Returns the reply length.
     * Calls {@link DataModel#beginRequest()} first, so one request sees one snapshot.
     */
    public int handle(byte[] req, int off, int len, byte[] resp, int respOff) {
        model.beginRequest();
        if (len < 1) {
            return exception(resp, respOff, 0, Fc.EX_ILLEGAL_FUNCTION);
        }
        int fc = req[off] & 0xFF;
        switch (fc) {
            case Fc.READ_COILS:
                return readBits(ModbusTable.COIL, req, off, len, resp, respOff);
            case Fc.READ_DISCRETE_INPUTS:
                return readBits(ModbusTable.DISCRETE_INPUT, req, off, len, resp, respOff);
            case Fc.READ_HOLDING_REGISTERS:
                return readRegisters(ModbusTable.HOLDING_REGISTER, req, off, len, resp, respOff);
            case Fc.READ_INPUT_REGISTERS:
                return readRegisters(ModbusTable.INPUT_REGISTER, req, off, len, resp, respOff);
            case Fc.WRITE_SINGLE_COIL:
                return writeSingleCoil(req, off, len, resp, respOff);
            case Fc.WRITE_SINGLE_REGISTER:
                return writeSingleRegister(req, off, len, resp, respOff);
            case Fc.WRITE_MULTIPLE_COILS:
                return writeMultipleCoils(req, off, len, resp, respOff);
            case Fc.WRITE_MULTIPLE_REGISTERS:
                return writeMultipleRegisters(req, off, len, resp, respOff);
            default:
                return exception(resp, respOff, fc, Fc.EX_ILLEGAL_FUNCTION);
        }
    }

    private int readBits(ModbusTable table, byte[] req, int off, int len, byte[] resp, int r) {
        int fc = req[off] & 0xFF;
        if (len != 5) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int address = u16(req, off + 1);
        int count = u16(req, off + 3);
        if (count < 1 || count > 2000) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int status = checkRange(table, address, count);
        if (status != 0) {
            return exception(resp, r, fc, status);
        }
        int bytes = (count + 7) >>> 3;
        resp[r] = (byte) fc;
        resp[r + 1] = (byte) bytes;
        for (int i = 0; i < bytes; i++) {
            resp[r + 2 + i] = 0;
        }
        for (int i = 0; i < count; i++) {
            if (model.readBit(table, address + i) != 0) {
                resp[r + 2 + (i >>> 3)] |= (byte) (1 << (i & 7));
            }
        }
        return 2 + bytes;
    }

    private int readRegisters(ModbusTable table, byte[] req, int off, int len, byte[] resp, int r) {
        int fc = req[off] & 0xFF;
        if (len != 5) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int address = u16(req, off + 1);
        int count = u16(req, off + 3);
        if (count < 1 || count > 125) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int status = checkRange(table, address, count);
        if (status != 0) {
            return exception(resp, r, fc, status);
        }
        resp[r] = (byte) fc;
        resp[r + 1] = (byte) (count * 2);
        for (int i = 0; i < count; i++) {
            int v = model.readRegister(table, address + i);
            resp[r + 2 + 2 * i] = (byte) (v >>> 8);
            resp[r + 3 + 2 * i] = (byte) v;
        }
        return 2 + count * 2;
    }

    private int writeSingleCoil(byte[] req, int off, int len, byte[] resp, int r) {
        int fc = Fc.WRITE_SINGLE_COIL;
        if (len != 5) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int address = u16(req, off + 1);
        int value = u16(req, off + 3);
        if (value != 0xFF00 && value != 0x0000) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int status = checkRange(ModbusTable.COIL, address, 1);
        if (status == 0) {
            // One packed byte; reuse the reply buffer's tail as scratch (nothing allocated).
            resp[r + 5] = (byte) (value == 0xFF00 ? 1 : 0);
            status = model.writeCoils(address, 1, resp, r + 5);
        }
        return status != 0 ? exception(resp, r, fc, status) : echo(req, off, resp, r);
    }

    private int writeSingleRegister(byte[] req, int off, int len, byte[] resp, int r) {
        int fc = Fc.WRITE_SINGLE_REGISTER;
        if (len != 5) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int address = u16(req, off + 1);
        int status = checkRange(ModbusTable.HOLDING_REGISTER, address, 1);
        if (status == 0) {
            status = model.writeRegisters(address, 1, req, off + 3);
        }
        return status != 0 ? exception(resp, r, fc, status) : echo(req, off, resp, r);
    }

    private int writeMultipleCoils(byte[] req, int off, int len, byte[] resp, int r) {
        int fc = Fc.WRITE_MULTIPLE_COILS;
        if (len < 6) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int address = u16(req, off + 1);
        int count = u16(req, off + 3);
        int bytes = req[off + 5] & 0xFF;
        if (count < 1 || count > 1968 || bytes != (count + 7) >>> 3 || len != 6 + bytes) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int status = checkRange(ModbusTable.COIL, address, count);
        if (status == 0) {
            status = model.writeCoils(address, count, req, off + 6);
        }
        return status != 0 ? exception(resp, r, fc, status) : echo(req, off, resp, r);
    }

    private int writeMultipleRegisters(byte[] req, int off, int len, byte[] resp, int r) {
        int fc = Fc.WRITE_MULTIPLE_REGISTERS;
        if (len < 6) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int address = u16(req, off + 1);
        int count = u16(req, off + 3);
        int bytes = req[off + 5] & 0xFF;
        if (count < 1 || count > 123 || bytes != count * 2 || len != 6 + bytes) {
            return exception(resp, r, fc, Fc.EX_ILLEGAL_DATA_VALUE);
        }
        int status = checkRange(ModbusTable.HOLDING_REGISTER, address, count);
        if (status == 0) {
            status = model.writeRegisters(address, count, req, off + 6);
        }
        return status != 0 ? exception(resp, r, fc, status) : echo(req, off, resp, r);
    }

    private int checkRange(ModbusTable table, int address, int count) {
        if (address + count > 0x10000) {
            return Fc.EX_ILLEGAL_DATA_ADDRESS;
        }
        return model.checkRange(table, address, count);
    }

    /** Writes replies echo function code, address and quantity or value: 5 bytes. */
    private static int echo(byte[] req, int off, byte[] resp, int r) {
        System.arraycopy(req, off, resp, r, 5);
        return 5;
    }

    private int exception(byte[] resp, int r, int fc, int code) {
        exceptions++;
        resp[r] = (byte) (fc | Fc.EXCEPTION_BIT);
        resp[r + 1] = (byte) code;
        return 2;
    }

    static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
