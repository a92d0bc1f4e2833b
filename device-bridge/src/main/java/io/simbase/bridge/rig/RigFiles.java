package io.simbase.bridge.rig;

import io.simbase.bridge.map.Encoding;
import io.simbase.bridge.map.Mapping;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.yaml.YamlException;
import io.simbase.engine.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads rig files (YAML) into validated {@link RigFile}s and binds their maps to a scene's
 * tags. Every problem is a {@link RigException} naming the file, the line and the problem.
 *
 * <pre>
 * name: conveyor-plc
 * role: slave                 # slave (a PLC polls the plant) or master (the bridge polls devices)
 * scene: conveyor-basics      # optional
 * port: /dev/ttyUSB0          # or  tcp: 5020  (host: the device for a master; for a slave
 *                             #   the address to listen on, default 0.0.0.0 = every interface)
 * baud: 19200                 # parity: none|even|odd, stop_bits: 1|2
 * unit: 1
 * watchdog_ms: 1000           # 0 = off; without it off in the server, a default in rig serve
 * safe_state: zero            # hold | zero
 * poll_ms: 50                 # master only; also response_timeout_ms, byte_timeout_ms, retries
 * map:                        # optional: without it the scene's default map
 *   - {tag: belt_run, table: coil, address: 0}
 *   - {tag: level, table: ir, address: 0, type: scaled, raw: [0, 27648]}
 *   - {tag: speed, table: hr, address: 10, type: float32}
 *   - {tag: lamp, table: hr, address: 20, type: bit, bit: 3}
 * </pre>
 */
public final class RigFiles {
    /** Every top-level key a rig file may have (documented in docs/rig-format.md; a test checks). */
    public static final Set<String> TOP_KEYS = Set.of("name", "role", "scene", "port", "baud", "parity",
            "stop_bits", "tcp", "host", "unit", "poll_ms", "response_timeout_ms", "byte_timeout_ms",
            "retries", "watchdog_ms", "safe_state", "map");
    /** Every key of a map entry. */
    public static final Set<String> MAP_ENTRY_KEYS = Set.of("tag", "table", "address", "type", "bit", "raw");

    private RigFiles() {
    }

    /** Reads and validates a rig file. */
    public static RigFile load(Path path) throws RigException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RigException(path.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new RigException(path.toString(), 0, "cannot read: " + e.getMessage());
        }
        return parse(text, path.toString());
    }

    /** Parses rig file text; {@code source} names it in messages. */
    public static RigFile parse(String text, String source) throws RigException {
        try {
            Optional<YamlNode> root = YamlNode.parseDocument(text, source);
            if (root.isEmpty()) {
                throw new RigException(source, 0, "empty rig file");
            }
            return rig(root.get(), source);
        } catch (YamlException e) {
            throw new RigException(e.file(), e.line(), e.problem());
        }
    }

    private static RigFile rig(YamlNode top, String source) throws YamlException {
        top.allowOnly(TOP_KEYS);
        String name = top.get("name").text("name");
        RigFile.Role role = RigFile.Role.SLAVE;
        YamlNode roleNode = top.opt("role");
        if (roleNode != null) {
            role = switch (roleNode.text("role").toLowerCase(Locale.ROOT)) {
                case "slave", "server" -> RigFile.Role.SLAVE;
                case "master", "client" -> RigFile.Role.MASTER;
                default -> throw roleNode.error("role: expected slave or master");
            };
        }
        String scene = top.has("scene") ? top.get("scene").text("scene") : null;

        LineSettings serial = null;
        String host = null;
        int tcpPort = 0;
        if (top.has("port") == top.has("tcp")) {
            throw top.error("give exactly one of 'port' (a serial device) and 'tcp' (a TCP port)");
        }
        if (top.has("port")) {
            onlyFor(top, "a TCP rig", "host");
            int baud = (int) top.integer("baud", 19200, 50, 4_000_000);
            LineSettings.Parity parity = LineSettings.Parity.NONE;
            YamlNode parityNode = top.opt("parity");
            if (parityNode != null) {
                parity = LineSettings.Parity.parse(parityNode.text("parity"));
                if (parity == null) {
                    throw parityNode.error("parity: expected none, even or odd");
                }
            }
            int stop = (int) top.integer("stop_bits", 1, 1, 2);
            serial = new LineSettings(top.get("port").text("port"), baud, 8, parity, stop);
        } else {
            onlyFor(top, "a serial rig", "baud", "parity", "stop_bits");
            tcpPort = (int) top.get("tcp").integer("tcp", 1, 65535);
            host = top.has("host") ? top.get("host").text("host") : null;
            if (role == RigFile.Role.MASTER && host == null) {
                throw top.error("a TCP master rig needs 'host' (the device to poll)");
            }
            if (host == null) {
                host = RigFile.ALL_INTERFACES;
            }
        }
        int unit = (int) top.integer("unit", 1, 1, 247);
        long poll = top.integer("poll_ms", 100, 1, 3_600_000);
        long response = top.integer("response_timeout_ms", 500, 1, 60_000);
        long byteTimeout = top.integer("byte_timeout_ms", 20, 1, 10_000);
        int retries = (int) top.integer("retries", 2, 0, 10);
        long watchdog = top.integer("watchdog_ms", RigFile.WATCHDOG_UNSET, 0, 3_600_000);
        RigFile.SafeState safe = RigFile.SafeState.HOLD;
        YamlNode safeNode = top.opt("safe_state");
        if (safeNode != null) {
            safe = switch (safeNode.text("safe_state").toLowerCase(Locale.ROOT)) {
                case "hold" -> RigFile.SafeState.HOLD;
                case "zero" -> RigFile.SafeState.ZERO;
                default -> throw safeNode.error("safe_state: expected hold or zero");
            };
        }
        List<MapEntry> map = new ArrayList<>();
        if (top.has("map")) {
            for (YamlNode e : top.get("map").list()) {
                map.add(entry(e));
            }
        }
        if (role == RigFile.Role.MASTER && map.isEmpty()) {
            throw top.error("a master rig needs a 'map' of the device's registers");
        }
        return new RigFile(source, name, role, scene, serial, host, tcpPort, unit, poll, response,
                byteTimeout, retries, watchdog, safe, List.copyOf(map));
    }

    /** Keys that belong to the other kind of link are errors at their line. */
    private static void onlyFor(YamlNode top, String kind, String... keys) throws YamlException {
        for (String k : keys) {
            YamlNode n = top.opt(k);
            if (n != null) {
                throw n.error(k + ": only for " + kind);
            }
        }
    }

    private static MapEntry entry(YamlNode e) throws YamlException {
        e.allowOnly(MAP_ENTRY_KEYS);
        String tag = e.get("tag").text("tag");
        YamlNode tableNode = e.get("table");
        ModbusTable table = ModbusTable.parse(tableNode.text("table"));
        if (table == null) {
            throw tableNode.error("table: expected coil, discrete_input, holding_register or input_register (co, di, hr, ir)");
        }
        int address = (int) e.get("address").integer("address", 0, 65535);
        Encoding enc = Encoding.DEFAULT;
        YamlNode typeNode = e.opt("type");
        if (typeNode != null) {
            enc = Encoding.parse(typeNode.text("type"));
            if (enc == null) {
                throw typeNode.error("type: expected default, scaled, int16, uint16, float32 or bit");
            }
            if (table.isBit() && enc != Encoding.DEFAULT) {
                throw typeNode.error("type: a " + table.key() + " carries one bit; no type applies");
            }
        }
        int bit = 0;
        if (enc == Encoding.BIT) {
            bit = (int) e.get("bit").integer("bit", 0, 15);
        } else if (e.has("bit")) {
            throw e.get("bit").error("bit: only with type: bit");
        }
        int rawMin = 0;
        int rawMax = 0;
        if (enc == Encoding.SCALED) {
            YamlNode rawNode = e.get("raw");
            List<YamlNode> raw = rawNode.list();
            if (raw.size() != 2) {
                throw rawNode.error("raw: expected [low, high]");
            }
            rawMin = (int) raw.get(0).integer("raw low", -32768, 65535);
            rawMax = (int) raw.get(1).integer("raw high", -32768, 65535);
            if (rawMin == rawMax) {
                throw rawNode.error("raw: low and high must differ");
            }
        } else if (e.has("raw")) {
            throw e.get("raw").error("raw: only with type: scaled");
        }
        return new MapEntry(tag, table, address, enc, bit, rawMin, rawMax, e.line());
    }

    /**
     * Binds a rig's map to a scene's tags: the default map when the file has none. For a slave,
     * coils and holding registers are written by the PLC, so they may only carry actuator tags.
     */
    public static RegisterMap bind(RigFile rig, IoLayout layout) throws RigException {
        if (rig.map().isEmpty()) {
            return RegisterMap.defaults(layout);
        }
        RegisterMap.Builder b = RegisterMap.builder();
        for (MapEntry e : rig.map()) {
            TagDef tag = layout.find(e.tag());
            if (tag == null) {
                throw new RigException(rig.source(), e.line(), "unknown tag '" + e.tag() + "' in this scene");
            }
            if (rig.role() == RigFile.Role.SLAVE && e.table().isWritable() && tag.direction() == Direction.SENSOR) {
                throw new RigException(rig.source(), e.line(), "tag '" + e.tag() + "' is a sensor: a PLC would write it"
                        + " through a " + e.table().key() + "; map it to a discrete_input or input_register");
            }
            if (rig.role() == RigFile.Role.MASTER && !e.table().isWritable() && tag.direction() == Direction.ACTUATOR) {
                throw new RigException(rig.source(), e.line(), "tag '" + e.tag() + "' is an actuator: the bridge would"
                        + " have to write it to a read-only " + e.table().key() + "; map it to a coil or holding_register");
            }
            try {
                b.add(new Mapping(tag, e.table(), e.address(), e.encoding(), e.bit(), e.rawMin(), e.rawMax()));
            } catch (IllegalArgumentException ex) {
                throw new RigException(rig.source(), e.line(), ex.getMessage());
            }
        }
        return b.build();
    }
}
