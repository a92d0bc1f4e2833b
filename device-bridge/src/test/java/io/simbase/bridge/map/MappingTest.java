package io.simbase.bridge.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.modbus.SlavePdu;
import io.simbase.bridge.testing.TestPlant;
import io.simbase.engine.io.IoLayout;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Encodings and a rig-style map served through the protocol core. */
class MappingTest {
    private static final IoLayout LAYOUT = TestPlant.standardLayout();

    private static Mapping hr(String tag, int address, Encoding enc, int bit) {
        return new Mapping(LAYOUT.find(tag), ModbusTable.HOLDING_REGISTER, address, enc, bit, 0, 0);
    }

    @Test
    void float32TravelsHighWordFirstAndBack() {
        Mapping m = hr("speed", 10, Encoding.FLOAT32, 0);
        int hi = m.toRegister(1.25, 0);
        int lo = m.toRegister(1.25, 1);
        assertEquals(0x3FA0, hi);
        assertEquals(0x0000, lo);
        assertEquals(1.25, m.fromRegisters(hi, lo));
    }

    @Test
    void int16KeepsTheSign() {
        Mapping m = new Mapping(LAYOUT.find("setpoint"), ModbusTable.HOLDING_REGISTER, 0, Encoding.INT16, 0, 0, 0);
        assertEquals(-5.0, m.fromRegisters(0xFFFB, 0));
    }

    @Test
    void bitsOfOneRegisterAreServedTogetherAndWrittenApart() {
        TestPlant plant = new TestPlant();
        RegisterMap map = RegisterMap.builder()
                .add(hr("belt_on", 0, Encoding.BIT, 0))
                .add(hr("lamp", 0, Encoding.BIT, 3))
                .add(hr("speed", 1, Encoding.FLOAT32, 0))
                .build();
        SlavePdu pdu = new SlavePdu(new TagImage(plant, map));
        byte[] resp = new byte[Fc.MAX_PDU];
        plant.set("lamp", 1);
        plant.set("speed", 1.25);
        TagImage image = new TagImage(plant, map);
        image.beginRequest();
        assertEquals(8, image.readRegister(ModbusTable.HOLDING_REGISTER, 0));

        byte[] write = {0x06, 0, 0, 0, 0x01};
        int n = pdu.handle(write, 0, write.length, resp, 0);
        assertEquals(5, n);
        assertEquals(1.0, plant.get("belt_on"));
        assertEquals(0.0, plant.get("lamp"));

        // writing only the low word of the float keeps the high word of the current value
        byte[] low = {0x06, 0, 2, 0x00, 0x00};
        pdu.handle(low, 0, low.length, resp, 0);
        assertEquals(1.25, plant.get("speed"), 1e-6);

        byte[] read = {0x03, 0, 0, 0, 3};
        n = pdu.handle(read, 0, read.length, resp, 0);
        assertArrayEquals(new byte[] {3, 6, 0, 1, 0x3F, (byte) 0xA0, 0, 0}, Arrays.copyOf(resp, n));
        byte[] readPastTheFloat = {0x03, 0, 0, 0, 4};
        n = pdu.handle(readPastTheFloat, 0, readPastTheFloat.length, resp, 0);
        assertArrayEquals(new byte[] {(byte) 0x83, 2}, Arrays.copyOf(resp, n), "address 3 is unmapped");
    }

    @Test
    void overlapAndWrongTypeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RegisterMap.builder()
                .add(hr("speed", 0, Encoding.FLOAT32, 0)).add(hr("setpoint", 1, Encoding.DEFAULT, 0)));
        assertThrows(IllegalArgumentException.class, () -> RegisterMap.builder()
                .add(hr("speed", 0, Encoding.BIT, 2)));
        assertThrows(IllegalArgumentException.class, () -> RegisterMap.builder()
                .add(hr("lamp", 0, Encoding.BIT, 2)).add(hr("belt_on", 0, Encoding.BIT, 2)));
    }
}
