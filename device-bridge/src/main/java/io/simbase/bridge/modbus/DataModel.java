package io.simbase.bridge.modbus;


/**
 * What a Modbus slave serves: four tables of bits and registers. The protocol core
 * ({@link SlavePdu}) validates function codes, quantities and byte counts; the model decides
 * which addresses exist and which values are legal.
 *
 * <p>Methods return 0 for success or a Modbus exception code ({@link Fc}). Called on one
 * connection's I/O thread; must not allocate.
 */
public interface DataModel {
    /** Called once before each request is served (e.g. to take a fresh snapshot). */
    void beginRequest();

    /** 0 when every address in {@code [address, address + count)} of {@code table} is mapped. */
    int checkRange(ModbusTable table, int address, int count);

    /** The bit at a mapped address of a bit table (0 or 1). */
    int readBit(ModbusTable table, int address);

    /** The 16-bit register at a mapped address of a register table (0..65535). */
    int readRegister(ModbusTable table, int address);

    /**
     * Writes {@code count} coils; bit {@code i} is bit {@code i % 8} of {@code packed[off + i / 8]}.
     * Range already checked. Returns 0 or an exception code; on an exception nothing is written.
     */
    int writeCoils(int address, int count, byte[] packed, int off);

    /**
     * Writes {@code count} holding registers, big-endian pairs from {@code data[off]}. Range
     * already checked. Returns 0 or an exception code; on an exception nothing is written.
     */
    int writeRegisters(int address, int count, byte[] data, int off);
}
