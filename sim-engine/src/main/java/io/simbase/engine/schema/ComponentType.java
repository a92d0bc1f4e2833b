package io.simbase.engine.schema;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.FaultSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plant component type as a scene file names it: its keys ({@link Key}: types, ranges,
 * defaults, tag references with type and direction, references to other components), the
 * faults its components offer, and the factory that builds one from checked settings. The
 * scene loader validates any registered type from this alone, and {@code docs/scene-format.md}
 * lists the types from it. Declared beside the component class, registered in a
 * {@link ComponentPlugin}.
 *
 * <p>Immutable and shared.
 */
public final class ComponentType {
    /** Builds a component from its checked settings; may throw {@link ComponentConfig#fail}. */
    @FunctionalInterface
    public interface Factory {
        Component create(ComponentConfig config);
    }

    private final String name;
    private final String summary;
    private final Map<String, Key> keys;
    private final List<FaultSpec> faults;
    private final Factory factory;
    private final List<Key> orderedKeys;

    private ComponentType(Builder b) {
        this.name = b.name;
        this.summary = b.summary;
        this.keys = Map.copyOf(b.keys);
        this.orderedKeys = List.copyOf(b.keys.values());
        this.faults = List.copyOf(b.faults);
        this.factory = b.factory;
    }

    /** A new type named as scene files name it, e.g. {@code belt}. */
    public static Builder builder(String name, String summary) {
        return new Builder(name, summary);
    }

    public String name() {
        return name;
    }

    /** One line for the documentation. */
    public String summary() {
        return summary;
    }

    /** The keys besides {@code id}, {@code type} and {@code yaw}, in the order they are checked. */
    public List<Key> keys() {
        return orderedKeys;
    }

    /** The key of this name. @throws IllegalArgumentException when the type has no such key */
    public Key key(String keyName) {
        Key k = keys.get(keyName);
        if (k == null) {
            throw new IllegalArgumentException("component type " + name + " has no key '" + keyName + "'");
        }
        return k;
    }

    public boolean hasKey(String keyName) {
        return keys.containsKey(keyName);
    }

    /** The component faults this type's components offer. */
    public List<FaultSpec> faults() {
        return faults;
    }

    /** Builds a component (once when a scene loads, to check it; then once per world). */
    public Component create(ComponentConfig config) {
        return factory.create(config);
    }

    /** Declares a type's keys, faults and factory; every method returns this builder. */
    public static final class Builder {
        private final String name;
        private final String summary;
        private final Map<String, Key> keys = new LinkedHashMap<>();
        private final List<FaultSpec> faults = new ArrayList<>();
        private Factory factory;

        private Builder(String name, String summary) {
            this.name = name;
            this.summary = summary;
        }

        private Builder add(Key k) {
            if (k.name().equals("id") || k.name().equals("type") || k.name().equals("yaw")
                    || keys.putIfAbsent(k.name(), k) != null) {
                throw new IllegalArgumentException(name + ": key '" + k.name() + "' declared twice");
            }
            return this;
        }

        private static Key key(String name, Key.Kind kind, boolean required, double min, double max, double dflt,
                               String dfltText, int count, String doc) {
            return new Key(name, kind, required, min, max, dflt, dfltText, count, List.of(), Set.of(), null, false,
                    Set.of(), false, doc);
        }

        /** The position {@code at}, required: {@code coordinates} 2 ([x, y]) or 3 ([x, y, z]). */
        public Builder at(int coordinates, String doc) {
            return add(key("at", Key.Kind.POINT, true, -100, 100, 0, "", coordinates, doc));
        }

        /** The position {@code at}, optional, two or three coordinates; the origin when absent. */
        public Builder optionalAt(String doc) {
            return add(key("at", Key.Kind.POINT, false, -100, 100, 0, "[0, 0, 0]", 0, doc));
        }

        /** A required number in [min, max]. */
        public Builder number(String key, double min, double max, String doc) {
            return add(key(key, Key.Kind.NUMBER, true, min, max, 0, "", 0, doc));
        }

        /** An optional number in [min, max], {@code dflt} when absent. */
        public Builder number(String key, double dflt, double min, double max, String doc) {
            return add(key(key, Key.Kind.NUMBER, false, min, max, dflt, Key.fmt(dflt), 0, doc));
        }

        /** An optional number whose default the factory computes; {@code dfltText} documents it. */
        public Builder number(String key, String dfltText, double min, double max, String doc) {
            return add(key(key, Key.Kind.NUMBER, false, min, max, Double.NaN, dfltText, 0, doc));
        }

        /** A required list of {@code count} numbers in [min, max]. */
        public Builder numbers(String key, int count, double min, double max, String doc) {
            return add(key(key, Key.Kind.NUMBERS, true, min, max, 0, "", count, doc));
        }

        public Builder bool(String key, boolean dflt, String doc) {
            return add(key(key, Key.Kind.BOOL, false, 0, 1, dflt ? 1 : 0, Boolean.toString(dflt), 0, doc));
        }

        /** Optional text; {@code dflt} null means the component's id. */
        public Builder text(String key, String dflt, String doc) {
            return add(key(key, Key.Kind.TEXT, false, 0, 0, 0, dflt == null ? "" : dflt, 0, doc));
        }

        /** One of {@code choices}, the first when absent. */
        public Builder choice(String key, List<String> choices, String doc) {
            return add(new Key(key, Key.Kind.CHOICE, false, 0, 0, 0, choices.get(0), 0, List.copyOf(choices),
                    Set.of(), null, false, Set.of(), false, doc));
        }

        /** A tag of one of {@code types} (none: any type) and the direction. */
        public Builder tag(String key, boolean required, Direction dir, String doc, TagType... types) {
            return add(new Key(key, Key.Kind.TAG, required, 0, 0, 0, "", 0, List.of(), Set.of(types), dir, false,
                    Set.of(), false, doc));
        }

        /** A sensor tag an operator sets by hand (a panel control's), of one of {@code types}. */
        public Builder operatedTag(String key, String doc, TagType... types) {
            return add(new Key(key, Key.Kind.TAG, true, 0, 0, 0, "", 0, List.of(), Set.of(types), Direction.SENSOR,
                    true, Set.of(), false, doc));
        }

        /** The id of another component of one of {@code types}, required. */
        public Builder ref(String key, boolean mustPrecede, String doc, String... types) {
            return add(new Key(key, Key.Kind.REF, true, 0, 0, 0, "", 0, List.of(), Set.of(), null, false,
                    Set.of(types), mustPrecede, doc));
        }

        /** An optional list of ids of other components of {@code types}. */
        public Builder refs(String key, String doc, String... types) {
            return add(new Key(key, Key.Kind.REFS, false, 0, 0, 0, "none", 0, List.of(), Set.of(), null, false,
                    Set.of(types), false, doc));
        }

        /** An optional list of part type names. */
        public Builder partSequence(String key, String doc) {
            return add(key(key, Key.Kind.PART_SEQUENCE, false, 0, 0, 0, "", 0, doc));
        }

        /** An optional list of {@code {part, weight}}. */
        public Builder partMix(String key, String doc) {
            return add(key(key, Key.Kind.PART_MIX, false, 0, 1e6, 0, "", 0, doc));
        }

        public Builder fault(FaultSpec fault) {
            faults.add(fault);
            return this;
        }

        public Builder factory(Factory f) {
            this.factory = f;
            return this;
        }

        public ComponentType build() {
            if (factory == null) {
                throw new IllegalStateException(name + ": no factory");
            }
            return new ComponentType(this);
        }
    }
}
