package io.simbase.engine.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The component types a scene file may name, by name: the one place the loader, the
 * documentation and tests look types up. {@link #installed()} holds every type of every
 * {@link ComponentPlugin} on the classpath. Immutable and shared.
 */
public final class ComponentRegistry {
    private final Map<String, ComponentType> byName;

    private ComponentRegistry(Map<String, ComponentType> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** A registry of exactly these types. @throws IllegalArgumentException on a name used twice */
    public static ComponentRegistry of(List<ComponentType> types) {
        Map<String, ComponentType> m = new LinkedHashMap<>();
        for (ComponentType t : types) {
            if (m.putIfAbsent(t.name(), t) != null) {
                throw new IllegalArgumentException("component type '" + t.name() + "' registered twice");
            }
        }
        return new ComponentRegistry(m);
    }

    /** Every type of every plugin on the classpath (found once, then cached). */
    public static ComponentRegistry installed() {
        return Installed.REGISTRY;
    }

    /** The type of this name, or null. */
    public ComponentType find(String name) {
        return byName.get(name);
    }

    /** The names, in registration order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    public List<ComponentType> types() {
        return new ArrayList<>(byName.values());
    }

    /** Lazy holder: plugins are looked up on first use. */
    private static final class Installed {
        static final ComponentRegistry REGISTRY = load();

        private static ComponentRegistry load() {
            List<ComponentType> all = new ArrayList<>();
            for (ComponentPlugin p : ServiceLoader.load(ComponentPlugin.class, ComponentRegistry.class.getClassLoader())) {
                all.addAll(p.componentTypes());
            }
            return of(all);
        }
    }
}
