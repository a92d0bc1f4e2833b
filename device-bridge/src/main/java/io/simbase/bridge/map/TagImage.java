package io.simbase.bridge.map;

import io.simbase.bridge.modbus.DataModel;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.plant.PlantIo;

/**
 * A slave's {@link DataModel} over the plant: reads come from the latest published step
 * (one snapshot per request, so a multi-register read is consistent), writes are validated
 * whole and then submitted to the plant's input queue.
 *
 * <p>One instance per connection thread; allocation-free after construction. An address that
 * no mapping covers answers {@link Fc#EX_ILLEGAL_DATA_ADDRESS}; a value outside a tag's range
 * answers {@link Fc#EX_ILLEGAL_DATA_VALUE}; a full input queue {@link Fc#EX_SERVER_DEVICE_BUSY}.
 * Every word served or received is recorded in a {@link WireImage} (which connections may share).
 */
public final class TagImage implements DataModel {
    private final PlantIo plant;
    private final RegisterMap map;
    private final double[] values;
    private final int[] pendingTag;
    private final double[] pendingValue;
    private final WireImage wire;

    public TagImage(PlantIo plant, RegisterMap map) {
        this(plant, map, new WireImage(map));
    }

    public TagImage(PlantIo plant, RegisterMap map, WireImage wire) {
        this.wire = wire;
        this.plant = plant;
        this.map = map;
        this.values = new double[plant.layout().size()];
        int maxWrites = Math.max(1968, map.mappings().size());
        this.pendingTag = new int[maxWrites];
        this.pendingValue = new double[maxWrites];
    }

    @Override
    public void beginRequest() {
        plant.readTags(values);
    }

    @Override
    public int checkRange(ModbusTable table, int address, int count) {
        for (int a = address; a < address + count; a++) {
            if (map.at(table, a).length == 0) {
                return Fc.EX_ILLEGAL_DATA_ADDRESS;
            }
        }
        return 0;
    }

    @Override
    public int readBit(ModbusTable table, int address) {
        Mapping m = map.at(table, address)[0];
        int bit = values[m.tag().index()] != 0 ? 1 : 0;
        wire.record(table, address, bit);
        return bit;
    }

    @Override
    public int readRegister(ModbusTable table, int address) {
        Mapping[] ms = map.at(table, address);
        int reg = 0;
        for (Mapping m : ms) {
            reg |= m.toRegister(values[m.tag().index()], address - m.address());
        }
        wire.record(table, address, reg);
        return reg & 0xFFFF;
    }

    @Override
    public int writeCoils(int address, int count, byte[] packed, int off) {
        for (int i = 0; i < count; i++) {
            Mapping m = map.at(ModbusTable.COIL, address + i)[0];
            pendingTag[i] = m.tag().index();
            pendingValue[i] = (packed[off + (i >>> 3)] >>> (i & 7)) & 1;
        }
        int status = submit(count);
        if (status == 0) {
            for (int i = 0; i < count; i++) {
                wire.record(ModbusTable.COIL, address + i, (int) pendingValue[i]);
            }
        }
        return status;
    }


    @Override
    public int writeRegisters(int address, int count, byte[] data, int off) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            int a = address + i;
            for (Mapping m : map.at(ModbusTable.HOLDING_REGISTER, a)) {
                if (m.width() == 2 && a != m.address() && i != 0) {
                    continue; // second word of a float32 whose first word is in this request
                }
                int w0;
                int w1 = 0;
                if (m.width() == 2) {
                    double current = values[m.tag().index()];
                    w0 = a == m.address() ? reg(data, off, i) : m.toRegister(current, 0);
                    if (a != m.address()) {
                        w1 = reg(data, off, i);
                    } else {
                        w1 = i + 1 < count ? reg(data, off, i + 1) : m.toRegister(current, 1);
                    }
                } else {
                    w0 = reg(data, off, i);
                }
                double v = m.fromRegisters(w0, w1);
                if (!m.tag().accepts(v)) {
                    return Fc.EX_ILLEGAL_DATA_VALUE;
                }
                pendingTag[n] = m.tag().index();
                pendingValue[n] = v;
                n++;
            }
        }
        int status = submit(n);
        if (status == 0) {
            for (int i = 0; i < count; i++) {
                wire.record(ModbusTable.HOLDING_REGISTER, address + i, reg(data, off, i));
            }
        }
        return status;
    }

    private int submit(int n) {
        for (int i = 0; i < n; i++) {
            if (!plant.submit(pendingTag[i], pendingValue[i])) {
                return Fc.EX_SERVER_DEVICE_BUSY;
            }
        }
        return 0;
    }

    private static int reg(byte[] data, int off, int i) {
        return ((data[off + 2 * i] & 0xFF) << 8) | (data[off + 2 * i + 1] & 0xFF);
    }
}
