package io.simbase.plc.compile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names visible in a POU: its own variables, then the globals (scene tags). Case-insensitive. */
final class Scope {
    private final Scope parent;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    /** Adds a symbol; false when the name is already declared in this scope. */
    boolean declare(Symbol s) {
        return symbols.putIfAbsent(Type.key(s.name), s) == null;
    }

    Symbol find(String name) {
        Symbol s = symbols.get(Type.key(name));
        if (s == null && parent != null) {
            return parent.find(name);
        }
        return s;
    }
}
