package io.simbase.bridge.rig;

import io.simbase.bridge.map.Encoding;
import io.simbase.bridge.modbus.ModbusTable;

/**
 * One line of a rig file's map, before it is bound to a scene's tags.
 *
 * @param line 1-based line in the rig file, for messages
 */
public record MapEntry(String tag, ModbusTable table, int address, Encoding encoding, int bit,
                       int rawMin, int rawMax, int line) {
}
