package io.simbase.engine.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable table of a scene's tags, in declaration order. Shared freely between threads.
 * How a protocol addresses the tags (the default Modbus map, OPC UA nodes) is that protocol's
 * view, kept outside the engine.
 */
public final class IoLayout {
    private final TagDef[] tags;
    private final Map<String, TagDef> byName;

    private IoLayout(TagDef[] tags) {
        this.tags = tags;
        Map<String, TagDef> names = new HashMap<>();
        for (TagDef t : tags) {
            if (names.put(t.name(), t) != null) {
                throw new IllegalArgumentException("duplicate tag name " + t.name());
            }
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    /** A builder that assigns indices in declaration order. */
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

    /** Collects tags in declaration order. */
    public static final class Builder {
        private final List<TagDef> tags = new ArrayList<>();

        /** Adds a tag; its index is the count so far. */
        public Builder add(String name, TagType type, Direction direction, double min, double max,
                           String unit, String description) {
            return add(name, type, direction, min, max, unit, description, "");
        }

        /** Adds a tag with its description in English and Chinese. */
        public Builder add(String name, TagType type, Direction direction, double min, double max,
                           String unit, String description, String descriptionZh) {
            double lo = type == TagType.BOOL ? 0 : min;
            double hi = type == TagType.BOOL ? 1 : max;
            tags.add(new TagDef(tags.size(), name, type, direction, lo, hi, unit, description, descriptionZh));
            return this;
        }

        public IoLayout build() {
            return new IoLayout(tags.toArray(new TagDef[0]));
        }
    }
}
