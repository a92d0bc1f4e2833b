package io.simbase.plc.compile;

import io.simbase.plc.PlcProgram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a page may watch (the scene's tags and the PROGRAM's variables, in declaration
 * order) and their flattening into one named slot per elementary value, at most
 * {@value #WATCH_LIMIT}. Compile time only.
 */
final class WatchList {
    /** Largest number of watchable variables of one program. */
    static final int WATCH_LIMIT = 4096;

    /** Program variables and tags for the watch, in declaration order. */
    private final Map<String, Symbol> watched = new LinkedHashMap<>();

    /** Adds (or, for a name seen before, replaces) a variable with a fixed address. */
    void add(Symbol s) {
        watched.put(Type.key(s.name), s);
    }

    /** The watch table: every elementary value of the variables added, arrays and fields flattened. */
    PlcProgram.Watch build() {
        List<String> names = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<Boolean> doubles = new ArrayList<>();
        for (Symbol s : watched.values()) {
            flatten(s.name, s.type, s.longAddr.fixedSlot(), s.doubleAddr.fixedSlot(), names, typeNames, slots, doubles);
        }
        boolean[] isDouble = new boolean[doubles.size()];
        int[] slot = new int[slots.size()];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = slots.get(i);
            isDouble[i] = doubles.get(i);
        }
        return new PlcProgram.Watch(names.toArray(new String[0]), typeNames.toArray(new String[0]), slot, isDouble);
    }

    private void flatten(String name, Type t, int l, int d, List<String> names, List<String> typeNames, List<Integer> slots,
                         List<Boolean> doubles) {
        if (names.size() >= WATCH_LIMIT || t.isError()) {
            return;
        }
        if (t.isElementary()) {
            names.add(name);
            typeNames.add(t.name);
            slots.add(t.isReal() ? d : l);
            doubles.add(t.isReal());
        } else if (t.kind == Type.Kind.ARRAY) {
            for (long i = t.lower; i <= t.upper; i++) {
                int k = (int) (i - t.lower);
                flatten(name + "[" + i + "]", t.element, l + k * t.element.longs, d + k * t.element.doubles, names, typeNames,
                        slots, doubles);
            }
        } else {
            for (Type.Field f : t.fields.values()) {
                flatten(name + "." + f.name, f.type, l + f.longOffset, d + f.doubleOffset, names, typeNames, slots, doubles);
            }
        }
    }
}
