package io.simbase.plc.compile;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import io.simbase.plc.AddressMap;
import io.simbase.plc.IoArea;
import io.simbase.plc.PlcProgram;
import io.simbase.plc.parser.StructuredTextParser.VarDeclarationContext;
import io.simbase.plc.runtime.Addr;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Binds program variables to the scene's tags: every tag as a global variable (sensors
 * read-only), and {@code AT %IX0.3} variables to the tag at that Modbus address; collects the
 * input and output bindings the runtime copies every scan. Compile time only.
 */
final class IoBindings {
    private static final Pattern DIRECT = Pattern.compile("%([IQM])([XWBD]?)(\\d+)(?:\\.(\\d+))?");

    private final Compilation c;
    private final Diagnostics diag;
    private final IoLayout tags;
    final AddressMap addresses;
    private final List<int[]> inputs = new ArrayList<>();
    private final List<int[]> outputs = new ArrayList<>();

    IoBindings(Compilation c, IoLayout tags, AddressMap addresses) {
        this.c = c;
        this.diag = c.diag;
        this.tags = tags;
        this.addresses = addresses;
    }

    /** The scene's tags as global variables: sensors read-only, actuators writable. */
    void declareTags() {
        for (TagDef t : tags.tags()) {
            if (!t.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                continue;
            }
            Type type = tagType(t);
            int[] at = c.global.reserve(type);
            boolean sensor = t.direction() == Direction.SENSOR;
            Symbol s = new Symbol(t.name(), type, Addr.fixed(at[0]), Addr.fixed(at[1]),
                    sensor ? "sensor tag '" + t.name() + "' (read-only: the plant writes it)" : null, null);
            c.globals.declare(s);
            c.watch.add(s);
            bind(t.index(), type, at, sensor, false);
        }
    }

    /** bool is BOOL; int is INT when its range fits 16 bits signed, else DINT; real is REAL. */
    static Type tagType(TagDef t) {
        if (t.type() == TagType.BOOL) {
            return Type.BOOL;
        }
        if (t.type() == TagType.REAL) {
            return Type.REAL;
        }
        return t.min() >= Short.MIN_VALUE && t.max() <= Short.MAX_VALUE ? Type.INT : Type.DINT;
    }

    private void bind(int tag, Type type, int[] at, boolean input, boolean register) {
        int kind = register ? PlcProgram.REGISTER : type.isReal() ? PlcProgram.DOUBLE_VALUE : PlcProgram.LONG_VALUE;
        int slot = type.isReal() ? at[1] : at[0];
        int wrap = type.isReal() ? (type.single() ? 1 : 0) : type.wrap();
        (input ? inputs : outputs).add(new int[] {tag, slot, kind, wrap});
    }

    /** Binds an {@code AT %IX0.3} variable to the scene tag at that address; returns its read-only reason. */
    String directAddress(Body body, VarDeclarationContext v, Token name, Type type, int[] at) {
        Token addr = v.address;
        if (body.kind != Body.Kind.PROGRAM) {
            diag.error(addr, "at_only_in_program", "AT addresses are only allowed in the PROGRAM");
            return null;
        }
        Matcher m = DIRECT.matcher(addr.getText().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches() || m.group(1).equals("M") || m.group(2).equals("B") || m.group(2).equals("D")) {
            diag.error(addr, "address_unsupported",
                    "unsupported address " + addr.getText() + " (use %IX, %QX, %IW or %QW)", addr.getText());
            return null;
        }
        boolean in = m.group(1).equals("I");
        boolean bit = !m.group(2).equals("W");
        long n = Long.parseLong(m.group(3));
        if (bit) {
            if (m.group(4) == null || Long.parseLong(m.group(4)) > 7) {
                diag.error(addr, "address_bit_form",
                        "a bit address needs byte.bit with bit 0..7, e.g. " + m.group(1) + "X0.3", m.group(1) + "X0.3");
                return null;
            }
            n = n * 8 + Long.parseLong(m.group(4));
        } else if (m.group(4) != null) {
            diag.error(addr, "address_word_form", "a word address has no bit part: " + m.group(1) + "W" + m.group(3),
                    m.group(1) + "W" + m.group(3));
            return null;
        }
        if (bit && type != Type.BOOL) {
            diag.error(v.typeSpec(), "address_bit_type", addr.getText() + " is a bit: declare it BOOL, not "
                    + type.name,
                    addr.getText(), type.name);
            return null;
        }
        if (!bit && (!type.isInteger() || type.kind == Type.Kind.ANY_INT)) {
            diag.error(v.typeSpec(), "address_word_type",
                    addr.getText() + " is a 16-bit register: declare it INT, UINT, WORD or DINT, not " + type.name,
                    addr.getText(), type.name);
            return null;
        }
        IoArea area = in ? (bit ? IoArea.DISCRETE_INPUT : IoArea.INPUT_REGISTER) : (bit ? IoArea.COIL : IoArea.HOLDING_REGISTER);
        int tag = n > Integer.MAX_VALUE ? -1 : addresses.tagAt(area, (int) n);
        if (tag < 0) {
            diag.error(addr, "address_no_tag",
                    "no scene tag at " + addr.getText() + " (" + area.name().toLowerCase(java.util.Locale.ROOT)
                    + " " + n + "); see ./simbase io-map",
                    addr.getText(), area.name().toLowerCase(java.util.Locale.ROOT), n);
            return null;
        }
        bind(tag, type, at, in, !bit);
        return in ? "'" + name.getText() + "' (an input at " + addr.getText() + ")" : null;
    }

    /** What the runtime copies from the plant before each scan. */
    PlcProgram.Bindings inputs() {
        return bindings(inputs);
    }

    /** What the runtime copies to the plant after each scan. */
    PlcProgram.Bindings outputs() {
        return bindings(outputs);
    }

    private static PlcProgram.Bindings bindings(List<int[]> list) {
        int n = list.size();
        int[] tag = new int[n];
        int[] slot = new int[n];
        int[] kind = new int[n];
        int[] wrap = new int[n];
        for (int i = 0; i < n; i++) {
            int[] b = list.get(i);
            tag[i] = b[0];
            slot[i] = b[1];
            kind[i] = b[2];
            wrap[i] = b[3];
        }
        return new PlcProgram.Bindings(tag, slot, kind, wrap);
    }
}
