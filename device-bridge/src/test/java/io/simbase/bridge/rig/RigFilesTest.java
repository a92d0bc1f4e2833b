package io.simbase.bridge.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.map.Encoding;
import io.simbase.bridge.map.Mapping;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.testing.TestPlant;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.scene.Scenes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RigFilesTest {
    private static final IoLayout LAYOUT = TestPlant.standardLayout();

    private static RigException failure(String text) {
        return assertThrows(RigException.class, () -> RigFiles.bind(RigFiles.parse(text, "t.yaml"), LAYOUT));
    }

    @Test
    void aFullSerialSlaveFileParsesAndBinds() throws Exception {
        RigFile rig = RigFiles.parse("""
                name: bench
                role: slave
                port: /dev/ttyUSB0
                baud: 38400
                parity: even
                unit: 9
                watchdog_ms: 500
                safe_state: zero
                map:
                  - {tag: level_m, table: ir, address: 4, type: scaled, raw: [0, 27648]}
                  - {tag: speed, table: hr, address: 10, type: float32}
                  - {tag: lamp, table: hr, address: 20, type: bit, bit: 3}
                  - {tag: belt_on, table: co, address: 0}
                """, "bench.yaml");
        assertEquals("bench", rig.name());
        assertEquals(38400, rig.serial().baud());
        assertEquals("38400 8E1", rig.serial().describe());
        assertEquals(9, rig.unit());
        assertEquals(RigFile.SafeState.ZERO, rig.safeState());
        RegisterMap map = RigFiles.bind(rig, LAYOUT);
        Mapping speed = map.at(ModbusTable.HOLDING_REGISTER, 11)[0];
        assertEquals(Encoding.FLOAT32, speed.encoding());
        assertEquals(0, map.at(ModbusTable.HOLDING_REGISTER, 12).length);
        assertEquals(13824, map.at(ModbusTable.INPUT_REGISTER, 4)[0].toRegister(1.5, 0));
        assertEquals(1.5, map.at(ModbusTable.INPUT_REGISTER, 4)[0].fromRegisters(13824, 0), 1e-9);
        assertEquals(27648, map.at(ModbusTable.INPUT_REGISTER, 4)[0].toRegister(3.0, 0));
        assertEquals(8, map.at(ModbusTable.HOLDING_REGISTER, 20)[0].toRegister(1, 0));
    }

    @Test
    void withoutAMapTheSceneDefaultsApply() throws Exception {
        RigFile rig = RigFiles.parse("name: x\ntcp: 5020\n", "x.yaml");
        RegisterMap map = RigFiles.bind(rig, LAYOUT);
        assertEquals("belt_on", map.at(ModbusTable.COIL, 0)[0].tag().name());
        assertEquals("0.0.0.0:5020", rig.endpoint()); // issue 9: a slave listens where a lab PLC can reach it
    }

    @Test
    void unknownKeyNamesTheLine() {
        RigException e = failure("name: x\nport: /dev/ttyS0\nbaud_rate: 9600\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("t.yaml:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("baud_rate"), e.getMessage());
    }

    @Test
    void unknownTagNamesTheEntryLine() {
        RigException e = failure("name: x\nport: /dev/ttyS0\nmap:\n  - {tag: belt_on, table: co, address: 0}\n"
                + "  - {tag: nope, table: co, address: 1}\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("unknown tag 'nope'"), e.getMessage());
    }

    @Test
    void overlappingRegistersAreRefused() {
        RigException e = failure("name: x\nport: /dev/ttyS0\nmap:\n  - {tag: speed, table: hr, address: 0, type: float32}\n"
                + "  - {tag: setpoint, table: hr, address: 1}\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
    }

    @Test
    void aSensorOnACoilOfASlaveIsRefused() {
        RigException e = failure("name: x\nport: /dev/ttyS0\nmap:\n  - {tag: photo_eye, table: coil, address: 0}\n");
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("is a sensor"), e.getMessage());
    }

    @Test
    void badValuesAreNamed() {
        assertTrue(failure("name: x\nport: /dev/ttyS0\nbaud: fast\n").getMessage().contains("t.yaml:3: baud: expected a whole number"));
        assertTrue(failure("name: x\nport: /dev/ttyS0\nunit: 0\n").getMessage().contains("unit: 0 is out of 1..247"));
        assertTrue(failure("name: x\nport: /dev/ttyS0\ntcp: 5020\n").getMessage().contains("exactly one of 'port'"));
        assertTrue(failure("name: x\nport: /dev/ttyS0\nsafe_state: off\n").getMessage().contains("hold or zero"));
        assertTrue(failure("name: x\nport: /dev/ttyS0\nmap:\n  - {tag: lamp, table: hr, address: 0, type: bit}\n")
                .getMessage().contains("t.yaml:4: missing 'bit'"));
        assertTrue(failure("name: x\nport: /dev/ttyS0\nmap:\n  - {tag: lamp, table: coil, address: 0, type: float32}\n")
                .getMessage().contains("carries one bit"));
        assertTrue(failure("role: master\nname: x\nport: /dev/ttyS0\n").getMessage().contains("needs a 'map'"));
        assertTrue(failure("name: [x\n").getMessage().startsWith("t.yaml:"));
        assertTrue(failure("").getMessage().contains("empty rig file"));
    }

    @Test
    void missingFileIsNamed() {
        RigException e = assertThrows(RigException.class, () -> RigFiles.load(Path.of("/nonexistent/rig.yaml")));
        assertEquals("/nonexistent/rig.yaml: no such file", e.getMessage());
    }

    @Test
    void everyBundledExampleParsesAndBindsToItsScene() throws Exception {
        Path dir = Path.of("..", "assets", "src", "main", "resources", "simbase", "rigs");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "examples in " + dir.toAbsolutePath());
        for (Path p : files) {
            RigFile rig = RigFiles.load(p);
            assertTrue(rig.scene() != null, p + " names its scene");
            // device-bridge does not depend on assets: load the scene file by path
            Path scene = dir.resolveSibling("scenes").resolve(rig.scene() + ".yaml");
            RegisterMap map = RigFiles.bind(rig, Scenes.load(scene.toString()).layout());
            assertTrue(!map.mappings().isEmpty(), p.toString());
        }
    }
}
