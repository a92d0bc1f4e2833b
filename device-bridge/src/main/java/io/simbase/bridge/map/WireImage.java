package io.simbase.bridge.map;

import io.simbase.bridge.modbus.ModbusTable;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The last raw word seen on the wire at each mapped address: what a master read from or wrote
 * to a device, what a slave served to or received from a PLC. {@code rig monitor} shows it
 * next to the tag's engineering value, so a technician sees the electrical truth instead of a
 * value computed back from the plant.
 *
 * <p>Written by a link's I/O threads, read by any thread; recording is a plain array store
 * (no allocation). Addresses outside the map are ignored.
 */
public final class WireImage {
    /** Returned by {@link #word} for an address that has not been on the wire yet. */
    public static final int NONE = -1;

    private final AtomicIntegerArray[] tables = new AtomicIntegerArray[ModbusTable.values().length];

    public WireImage(RegisterMap map) {
        for (ModbusTable t : ModbusTable.values()) {
            int end = 0;
            for (Mapping m : map.mappings()) {
                if (m.table() == t) {
                    end = Math.max(end, m.address() + m.width());
                }
            }
            AtomicIntegerArray a = new AtomicIntegerArray(end);
            for (int i = 0; i < end; i++) {
                a.set(i, NONE);
            }
            tables[t.ordinal()] = a;
        }
    }

    /** Records a bit (0/1) or a 16-bit register word seen at {@code address} of {@code table}. */
    public void record(ModbusTable table, int address, int word) {
        AtomicIntegerArray a = tables[table.ordinal()];
        if (address >= 0 && address < a.length()) {
            a.lazySet(address, word & 0xFFFF);
        }
    }

    /** The last word seen at an address (0..65535), or {@link #NONE}. */
    public int word(ModbusTable table, int address) {
        AtomicIntegerArray a = tables[table.ordinal()];
        return address >= 0 && address < a.length() ? a.get(address) : NONE;
    }
}
