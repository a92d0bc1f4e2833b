package io.simbase.bridge.map;

import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import java.util.ArrayList;
import java.util.List;

/**
 * The default Modbus map of DESIGN.md: where each tag of a scene lives when no rig file says
 * otherwise. Tags take the next address of their table in the scene's declaration order, from 0:
 *
 * <pre>
 *              bool                     int / real
 * sensor       discrete input (FC 02)   input register (FC 04)
 * actuator     coil (FC 01, 05, 15)     holding register (FC 03, 06, 16)
 * </pre>
 *
 * This is the bridge's (and {@code io-map}'s) view of the tags; the engine's tags know nothing
 * of Modbus. Immutable, shared between threads; lookups allocate nothing.
 */
public final class DefaultModbusMap {
    private final IoLayout layout;
    private final ModbusTable[] tableOf;
    private final int[] addressOf;
    private final TagDef[][] byTable;

    private DefaultModbusMap(IoLayout layout) {
        this.layout = layout;
        this.tableOf = new ModbusTable[layout.size()];
        this.addressOf = new int[layout.size()];
        List<List<TagDef>> tables = new ArrayList<>();
        for (int i = 0; i < ModbusTable.values().length; i++) {
            tables.add(new ArrayList<>());
        }
        for (TagDef t : layout.tags()) {
            ModbusTable table = tableFor(t.type(), t.direction());
            List<TagDef> in = tables.get(table.ordinal());
            tableOf[t.index()] = table;
            addressOf[t.index()] = in.size();
            in.add(t);
        }
        this.byTable = new TagDef[tables.size()][];
        for (int i = 0; i < tables.size(); i++) {
            byTable[i] = tables.get(i).toArray(new TagDef[0]);
        }
    }

    /** The default map of a scene's tags. */
    public static DefaultModbusMap of(IoLayout layout) {
        return new DefaultModbusMap(layout);
    }

    /** The table a tag of this type and direction lives in by default. */
    public static ModbusTable tableFor(TagType type, Direction direction) {
        boolean isBool = type == TagType.BOOL;
        if (direction == Direction.SENSOR) {
            return isBool ? ModbusTable.DISCRETE_INPUT : ModbusTable.INPUT_REGISTER;
        }
        return isBool ? ModbusTable.COIL : ModbusTable.HOLDING_REGISTER;
    }

    public IoLayout layout() {
        return layout;
    }

    /** The tag's default table. */
    public ModbusTable table(TagDef tag) {
        return tableOf[tag.index()];
    }

    /** The tag's 0-based PDU address in its {@link #table(TagDef) table}. */
    public int address(TagDef tag) {
        return addressOf[tag.index()];
    }

    /** The tag at an address of a table, or null when the address is unmapped. */
    public TagDef at(ModbusTable table, int address) {
        TagDef[] t = byTable[table.ordinal()];
        return address >= 0 && address < t.length ? t[address] : null;
    }

    /** Tags in one table, by ascending address (dense from 0). */
    public List<TagDef> inTable(ModbusTable table) {
        return List.of(byTable[table.ordinal()]);
    }

    /** Number of addresses the default map uses in a table. */
    public int tableSize(ModbusTable table) {
        return byTable[table.ordinal()].length;
    }

    /** The tag's place and default encoding as a {@link Mapping}. */
    public Mapping mapping(TagDef tag) {
        return new Mapping(tag, table(tag), address(tag), Encoding.DEFAULT, 0, 0, 0);
    }
}
