package io.simbase.bridge.modbus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.testing.TestPlant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The protocol core on raw PDUs: limits and malformed requests of the Modbus specification. */
class SlavePduTest {
    TestPlant plant;
    SlavePdu pdu;
    final byte[] resp = new byte[Fc.MAX_PDU];

    @BeforeEach
    void setUp() {
        plant = new TestPlant();
        pdu = new SlavePdu(new TagImage(plant, RegisterMap.defaults(plant.layout())));
    }

    private byte[] handle(int... req) {
        byte[] r = new byte[req.length];
        for (int i = 0; i < req.length; i++) {
            r[i] = (byte) req[i];
        }
        int n = pdu.handle(r, 0, r.length, resp, 0);
        return Arrays.copyOf(resp, n);
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void crcMatchesTheSpecificationExample() {
        byte[] frame = bytes(0x01, 0x03, 0x00, 0x00, 0x00, 0x0A, 0, 0);
        assertEquals(8, Crc16.append(frame, 6));
        assertEquals(0xC5, frame[6] & 0xFF);
        assertEquals(0xCD, frame[7] & 0xFF);
    }

    @Test
    void quantityLimitsGiveIllegalDataValue() {
        assertArrayEquals(bytes(0x83, 3), handle(3, 0, 0, 0, 0));
        assertArrayEquals(bytes(0x84, 3), handle(4, 0, 0, 0, 126));
        assertArrayEquals(bytes(0x81, 3), handle(1, 0, 0, 0x07, 0xD1));
        assertArrayEquals(bytes(0x90, 3), handle(0x10, 0, 0, 0, 1, 3, 0, 1, 0));
        assertArrayEquals(bytes(0x8F, 3), handle(0x0F, 0, 0, 0, 9, 1, 0xFF));
        assertArrayEquals(bytes(0x85, 3), handle(5, 0, 0, 0x12, 0x34));
        assertEquals(6, pdu.exceptions());
    }

    @Test
    void rangeOffTheEndOfTheAddressSpaceIsIllegalAddress() {
        assertArrayEquals(bytes(0x82, 2), handle(2, 0xFF, 0xFF, 0, 2));
        assertArrayEquals(bytes(0x82, 2), handle(2, 0, 1, 0, 2));
    }

    @Test
    void bitsArePackedLowBitFirst() {
        plant.set("at_end", 1);
        assertArrayEquals(bytes(2, 1, 0b10), handle(2, 0, 0, 0, 2));
    }

    @Test
    void multipleWritesAreAllOrNothing() {
        // setpoint accepts 0..500: the second value is out of range, so speed must not change either
        assertArrayEquals(bytes(0x90, 3), handle(0x10, 0, 0, 0, 2, 4, 0x13, 0x88, 0x02, 0x00));
        assertEquals(0, plant.writes());
        assertArrayEquals(bytes(0x10, 0, 0, 0, 2), handle(0x10, 0, 0, 0, 2, 4, 0x13, 0x88, 0x01, 0xF4));
        assertEquals(1.0, plant.get("speed"), 1e-9);
        assertEquals(500.0, plant.get("setpoint"));
    }

    @Test
    void unknownFunctionIsIllegalFunction() {
        assertArrayEquals(bytes(0x88, 1), handle(8, 0, 0, 0, 0));
    }
}
