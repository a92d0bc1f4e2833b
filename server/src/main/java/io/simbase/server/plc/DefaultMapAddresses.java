package io.simbase.server.plc;

import io.simbase.bridge.map.DefaultModbusMap;
import io.simbase.bridge.map.Mapping;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.plc.AddressMap;
import io.simbase.plc.IoArea;

/**
 * The soft PLC's directly represented variables ({@code %IX0.3}, {@code %QW1}) on the scene's
 * default Modbus map of the device bridge, so that a program written for a real PLC on that map
 * runs unchanged. Register variables carry the map's default encoding (a real tag scaled to
 * 0..10000 over its range). Immutable; lookups and conversions allocate nothing.
 */
public final class DefaultMapAddresses implements AddressMap {
    private final DefaultModbusMap map;
    private final Mapping[] byTag;

    public DefaultMapAddresses(IoLayout layout) {
        this.map = DefaultModbusMap.of(layout);
        this.byTag = new Mapping[layout.size()];
        for (TagDef t : layout.tags()) {
            byTag[t.index()] = map.mapping(t);
        }
    }

    @Override
    public int tagAt(IoArea area, int address) {
        TagDef t = map.at(table(area), address);
        return t == null ? -1 : t.index();
    }

    @Override
    public int toRegister(int tag, double value) {
        return byTag[tag].toRegister(value, 0);
    }

    @Override
    public double fromRegister(int tag, int register) {
        return byTag[tag].fromRegisters(register, 0);
    }

    private static ModbusTable table(IoArea area) {
        switch (area) {
            case DISCRETE_INPUT:
                return ModbusTable.DISCRETE_INPUT;
            case COIL:
                return ModbusTable.COIL;
            case INPUT_REGISTER:
                return ModbusTable.INPUT_REGISTER;
            default:
                return ModbusTable.HOLDING_REGISTER;
        }
    }
}
