package io.simbase.bridge.map;

import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each tag lives in the four Modbus tables: the scene's default map or a rig file's.
 * Immutable and shared between threads; lookups are array indexing, no allocation.
 */
public final class RegisterMap {
    private static final Mapping[] NONE = new Mapping[0];

    private final List<Mapping> mappings;
    /** Per table, per address: the mappings covering that address (empty when unmapped). */
    private final Mapping[][][] slots;

    private RegisterMap(List<Mapping> mappings, Mapping[][][] slots) {
        this.mappings = mappings;
        this.slots = slots;
    }

    /** The default map of DESIGN.md ({@link DefaultModbusMap}): every tag at its own table and address. */
    public static RegisterMap defaults(IoLayout layout) {
        DefaultModbusMap defaults = DefaultModbusMap.of(layout);
        Builder b = builder();
        for (TagDef t : layout.tags()) {
            b.add(defaults.mapping(t));
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All mappings, in the order added. */
    public List<Mapping> mappings() {
        return mappings;
    }

    /** Mappings covering {@code address} of {@code table}; an empty array when unmapped. */
    public Mapping[] at(ModbusTable table, int address) {
        Mapping[][] t = slots[table.ordinal()];
        return address >= 0 && address < t.length ? t[address] : NONE;
    }

    /** Number of mappings in a table. */
    public int count(ModbusTable table) {
        int n = 0;
        for (Mapping m : mappings) {
            if (m.table() == table) {
                n++;
            }
        }
        return n;
    }

    /** Collects mappings and rejects overlaps. */
    public static final class Builder {
        private final List<Mapping> list = new ArrayList<>();

        /**
         * Adds a mapping; throws {@link IllegalArgumentException} naming the clash when it
         * overlaps another one (bits of one register may share it, each bit once).
         */
        public Builder add(Mapping m) {
            if (m.address() < 0 || m.address() + m.width() > 0x10000) {
                throw new IllegalArgumentException(m + ": address out of 0..65535");
            }
            if (!m.fitsType()) {
                throw new IllegalArgumentException(m + ": encoding " + m.encoding().key()
                        + " cannot carry a " + m.tag().type().key() + " tag");
            }
            if (m.encoding() == Encoding.BIT && (m.bit() < 0 || m.bit() > 15)) {
                throw new IllegalArgumentException(m + ": bit must be 0..15");
            }
            for (Mapping o : list) {
                if (o.table() != m.table()) {
                    continue;
                }
                boolean overlap = m.address() < o.address() + o.width() && o.address() < m.address() + m.width();
                boolean bitsShare = m.encoding() == Encoding.BIT && o.encoding() == Encoding.BIT && m.bit() != o.bit();
                if (overlap && !bitsShare) {
                    throw new IllegalArgumentException(m + " overlaps " + o);
                }
            }
            list.add(m);
            return this;
        }

        public RegisterMap build() {
            Mapping[][][] slots = new Mapping[ModbusTable.values().length][][];
            for (ModbusTable table : ModbusTable.values()) {
                int end = 0;
                for (Mapping m : list) {
                    if (m.table() == table) {
                        end = Math.max(end, m.address() + m.width());
                    }
                }
                Mapping[][] t = new Mapping[end][];
                Arrays.fill(t, NONE);
                for (Mapping m : list) {
                    if (m.table() != table) {
                        continue;
                    }
                    for (int a = m.address(); a < m.address() + m.width(); a++) {
                        Mapping[] old = t[a];
                        Mapping[] grown = Arrays.copyOf(old, old.length + 1);
                        grown[old.length] = m;
                        t[a] = grown;
                    }
                }
                slots[table.ordinal()] = t;
            }
            return new RegisterMap(List.copyOf(list), slots);
        }
    }
}
