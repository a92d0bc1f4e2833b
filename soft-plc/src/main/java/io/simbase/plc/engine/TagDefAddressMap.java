package io.simbase.plc.engine;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.ModbusTable;
import io.simbase.engine.io.TagDef;
import io.simbase.plc.AddressMap;
import io.simbase.plc.IoArea;

/**
 * The scene's default Modbus map, read from the Modbus fields of the engine's {@link TagDef}s.
 * The one place that knows where the map comes from: when the default map moves to the device
 * bridge, this class is the one to switch. Immutable; allocation-free after construction.
 */
public final class TagDefAddressMap implements AddressMap {
    private final IoLayout layout;

    public TagDefAddressMap(IoLayout layout) {
        this.layout = layout;
    }

    @Override
    public int tagAt(IoArea area, int address) {
        ModbusTable table;
        switch (area) {
            case DISCRETE_INPUT:
                table = ModbusTable.DISCRETE_INPUT;
                break;
            case COIL:
                table = ModbusTable.COIL;
                break;
            case INPUT_REGISTER:
                table = ModbusTable.INPUT_REGISTER;
                break;
            default:
                table = ModbusTable.HOLDING_REGISTER;
                break;
        }
        TagDef t = layout.at(table, address);
        return t == null ? -1 : t.index();
    }

    @Override
    public int toRegister(int tag, double value) {
        return layout.tag(tag).toRegister(value);
    }

    @Override
    public double fromRegister(int tag, int register) {
        return layout.tag(tag).fromRegister(register);
    }
}
