package io.simbase.bridge.modbus;

import java.util.function.BooleanSupplier;

/**
 * A {@link DataModel} that serves reads from another model and lets writes through only while
 * a condition holds (for example: this connection comes from the address that claimed the
 * endpoint); a refused write answers {@link Fc#EX_ILLEGAL_FUNCTION} and changes nothing, so an
 * HMI on another address can still read.
 *
 * <p>Same threading and allocation as the model it wraps: one connection's I/O thread, no
 * allocation; the condition is asked once per write request and must not allocate either.
 */
public final class WriteGuard implements DataModel {
    private final DataModel inner;
    private final BooleanSupplier mayWrite;

    public WriteGuard(DataModel inner, BooleanSupplier mayWrite) {
        this.inner = inner;
        this.mayWrite = mayWrite;
    }

    @Override
    public void beginRequest() {
        inner.beginRequest();
    }

    @Override
    public int checkRange(ModbusTable table, int address, int count) {
        return inner.checkRange(table, address, count);
    }

    @Override
    public int readBit(ModbusTable table, int address) {
        return inner.readBit(table, address);
    }

    @Override
    public int readRegister(ModbusTable table, int address) {
        return inner.readRegister(table, address);
    }

    @Override
    public int writeCoils(int address, int count, byte[] packed, int off) {
        return mayWrite.getAsBoolean() ? inner.writeCoils(address, count, packed, off) : Fc.EX_ILLEGAL_FUNCTION;
    }

    @Override
    public int writeRegisters(int address, int count, byte[] data, int off) {
        return mayWrite.getAsBoolean() ? inner.writeRegisters(address, count, data, off) : Fc.EX_ILLEGAL_FUNCTION;
    }
}
