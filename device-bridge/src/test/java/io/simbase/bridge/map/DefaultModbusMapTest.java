package io.simbase.bridge.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default Modbus map of DESIGN.md, now the bridge's view of a scene's tags. */
class DefaultModbusMapTest {
    /** conveyor-basics' tags, in its declaration order. */
    private static final IoLayout CONVEYOR = IoLayout.builder()
            .add("start_pb", TagType.BOOL, Direction.SENSOR, 0, 1, "", "")
            .add("stop_pb", TagType.BOOL, Direction.SENSOR, 0, 1, "", "")
            .add("part_at_end", TagType.BOOL, Direction.SENSOR, 0, 1, "", "")
            .add("delivered", TagType.INT, Direction.SENSOR, 0, 65535, "", "")
            .add("belt_run", TagType.BOOL, Direction.ACTUATOR, 0, 1, "", "")
            .add("running_light", TagType.BOOL, Direction.ACTUATOR, 0, 1, "", "")
            .add("speed", TagType.REAL, Direction.ACTUATOR, 0, 2, "m/s", "")
            .add("level", TagType.REAL, Direction.SENSOR, 0, 3, "m", "")
            .build();
    @Test
    void tagsTakeTheNextAddressOfTheirTableInDeclarationOrder() {
        IoLayout layout = CONVEYOR;
        DefaultModbusMap map = DefaultModbusMap.of(layout);
        assertPlace(map, layout, "start_pb", ModbusTable.DISCRETE_INPUT, 0);
        assertPlace(map, layout, "stop_pb", ModbusTable.DISCRETE_INPUT, 1);
        assertPlace(map, layout, "part_at_end", ModbusTable.DISCRETE_INPUT, 2);
        assertPlace(map, layout, "delivered", ModbusTable.INPUT_REGISTER, 0);
        assertPlace(map, layout, "belt_run", ModbusTable.COIL, 0);
        assertPlace(map, layout, "running_light", ModbusTable.COIL, 1);
        assertPlace(map, layout, "speed", ModbusTable.HOLDING_REGISTER, 0);
        assertPlace(map, layout, "level", ModbusTable.INPUT_REGISTER, 1);
        assertEquals(3, map.tableSize(ModbusTable.DISCRETE_INPUT));
        assertEquals(1, map.tableSize(ModbusTable.HOLDING_REGISTER));
        assertEquals(List.of("belt_run", "running_light"),
                map.inTable(ModbusTable.COIL).stream().map(t -> t.name()).toList());
        assertEquals("stop_pb", map.at(ModbusTable.DISCRETE_INPUT, 1).name());
        assertNull(map.at(ModbusTable.DISCRETE_INPUT, 3));
        assertNull(map.at(ModbusTable.COIL, -1));
    }

    @Test
    void theTableFollowsTypeAndDirection() {
        assertEquals(ModbusTable.DISCRETE_INPUT, DefaultModbusMap.tableFor(TagType.BOOL, Direction.SENSOR));
        assertEquals(ModbusTable.INPUT_REGISTER, DefaultModbusMap.tableFor(TagType.REAL, Direction.SENSOR));
        assertEquals(ModbusTable.INPUT_REGISTER, DefaultModbusMap.tableFor(TagType.INT, Direction.SENSOR));
        assertEquals(ModbusTable.COIL, DefaultModbusMap.tableFor(TagType.BOOL, Direction.ACTUATOR));
        assertEquals(ModbusTable.HOLDING_REGISTER, DefaultModbusMap.tableFor(TagType.REAL, Direction.ACTUATOR));
    }

    @Test
    void theRegisterMapDefaultsAreTheDefaultMapWithTheDefaultEncoding() {
        IoLayout layout = CONVEYOR;
        DefaultModbusMap defaults = DefaultModbusMap.of(layout);
        RegisterMap map = RegisterMap.defaults(layout);
        assertEquals(layout.size(), map.mappings().size());
        for (Mapping m : map.mappings()) {
            assertEquals(defaults.table(m.tag()), m.table(), m.toString());
            assertEquals(defaults.address(m.tag()), m.address(), m.toString());
            assertEquals(Encoding.DEFAULT, m.encoding(), m.toString());
        }
    }

    private static void assertPlace(DefaultModbusMap map, IoLayout layout, String tag, ModbusTable table, int address) {
        assertEquals(table, map.table(layout.find(tag)), tag);
        assertEquals(address, map.address(layout.find(tag)), tag);
    }
}
