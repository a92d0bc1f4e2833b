package io.simbase.engine.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable table of a scene's tags, in declaration order, with the default Modbus
 * addresses of DESIGN.md already assigned. Shared freely between threads.
 */
public final class IoLayout {
    private final TagDef[] tags;
    private final Map<String, TagDef> byName;
    private final TagDef[][] byTable;

    private IoLayout(TagDef[] tags) {
        this.tags = tags;
        Map<String, TagDef> names = new HashMap<>();
        List<List<TagDef>> tables = new ArrayList<>();
        for (int i = 0; i < ModbusTable.values().length; i++) {
            tables.add(new ArrayList<>());
        }
        for (TagDef t : tags) {
            if (names.put(t.name(), t) != null) {
                throw new IllegalArgumentException("duplicate tag name " + t.name());
            }
            tables.get(t.table().ordinal()).add(t);
        }
        this.byName = Collections.unmodifiableMap(names);
        this.byTable = new TagDef[tables.size()][];
        for (int i = 0; i < tables.size(); i++) {
            byTable[i] = tables.get(i).toArray(new TagDef[0]);
        }
    }

    /** A builder that assigns indices and default Modbus addresses in declaration order. */
    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return tags.length;
    }

    public TagDef tag(int index) {
        return tags[index];
    }

    /** All tags in declaration order (a copy). */
    public List<TagDef> tags() {
        return List.of(tags);
    }

    /** The tag of this name, or null. */
    public TagDef find(String name) {
        return byName.get(name);
    }

    /** Index of the tag of this name, or -1. */
    public int indexOf(String name) {
        TagDef t = byName.get(name);
        return t == null ? -1 : t.index();
    }

    /** Tags in one Modbus table, by ascending address (the defaults are dense from 0). */
    public List<TagDef> inTable(ModbusTable table) {
        return List.of(byTable[table.ordinal()]);
    }

    /** Number of addresses the default map uses in a table. */
    public int tableSize(ModbusTable table) {
        return byTable[table.ordinal()].length;
    }

    /** The tag at a default address of a table, or null when the address is unmapped. */
    public TagDef at(ModbusTable table, int address) {
        TagDef[] t = byTable[table.ordinal()];
        return address >= 0 && address < t.length ? t[address] : null;
    }

    /** Collects tags in declaration order. */
    public static final class Builder {
        private final List<TagDef> tags = new ArrayList<>();
        private final int[] next = new int[ModbusTable.values().length];

        /**
         * Adds a tag; its index is the count so far and its address the next free one in
         * its default table.
         */
        public Builder add(String name, TagType type, Direction direction, double min, double max,
                           String unit, String description) {
            ModbusTable table = ModbusTable.defaultFor(type, direction);
            double lo = type == TagType.BOOL ? 0 : min;
            double hi = type == TagType.BOOL ? 1 : max;
            tags.add(new TagDef(tags.size(), name, type, direction, lo, hi, unit, description,
                    table, next[table.ordinal()]++));
            return this;
        }

        public IoLayout build() {
            return new IoLayout(tags.toArray(new TagDef[0]));
        }
    }
}
