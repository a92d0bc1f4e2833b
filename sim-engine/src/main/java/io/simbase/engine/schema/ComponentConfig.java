package io.simbase.engine.schema;

import io.simbase.engine.io.TagType;
import java.util.Map;

/**
 * One component's settings from a scene file, already checked against its type's keys: the
 * values a factory reads to build the component. A key that was not given reads as its
 * default (numbers, text, choices, bools), -1 (tags) or null/empty (references, points).
 * Rules that span keys are the factory's: it throws {@link #fail} and the loader reports the
 * file and line. Immutable; made by the scene loader.
 */
public final class ComponentConfig {
    private final ComponentType type;
    private final String id;
    private final int yawDegrees;
    private final long stepNanos;
    private final Map<String, Object> values;
    private final Map<String, TagType> tagTypes;
    private final Map<String, String> tagNames;

    /**
     * @param values   by key, the value given (Double, double[], Boolean, String, Integer tag
     *                 index, String[] ids, int[] part sequence, double[] part weights)
     * @param tagTypes by tag key, the type of the tag given
     * @param tagNames by tag key, the name of the tag given
     */
    public ComponentConfig(ComponentType type, String id, int yawDegrees, long stepNanos, Map<String, Object> values,
                           Map<String, TagType> tagTypes, Map<String, String> tagNames) {
        this.type = type;
        this.id = id;
        this.yawDegrees = yawDegrees;
        this.stepNanos = stepNanos;
        this.values = Map.copyOf(values);
        this.tagTypes = Map.copyOf(tagTypes);
        this.tagNames = Map.copyOf(tagNames);
    }

    public ComponentType type() {
        return type;
    }

    public String id() {
        return id;
    }

    /** 0, 90, 180 or 270. */
    public int yawDegrees() {
        return yawDegrees;
    }

    /** The scene's fixed step, nanoseconds. */
    public long stepNanos() {
        return stepNanos;
    }

    /** Whether the key was given in the file. */
    public boolean has(String key) {
        return values.containsKey(checked(key));
    }

    /** A NUMBER: the value given, or the key's default. */
    public double number(String key) {
        Object v = values.get(checked(key));
        return v == null ? type.key(key).defaultNumber() : (Double) v;
    }

    /** A NUMBER: the value given, or {@code otherwise} (a default that depends on other keys). */
    public double number(String key, double otherwise) {
        Object v = values.get(checked(key));
        return v == null ? otherwise : (Double) v;
    }

    /** NUMBERS or POINT: the values given, or null. */
    public double[] numbers(String key) {
        double[] v = (double[]) values.get(checked(key));
        return v == null ? null : v.clone();
    }

    public boolean bool(String key) {
        Object v = values.get(checked(key));
        return v == null ? type.key(key).defaultNumber() != 0 : (Boolean) v;
    }

    /** TEXT or CHOICE: the value given, or the key's default ({@code null} means the component id). */
    public String text(String key) {
        Object v = values.get(checked(key));
        if (v != null) {
            return (String) v;
        }
        String d = type.key(key).defaultText();
        return d.isEmpty() ? id : d;
    }

    /** A TAG: its index in the layout, or -1 when not given. */
    public int tag(String key) {
        Object v = values.get(checked(key));
        return v == null ? -1 : (Integer) v;
    }

    /** A TAG: the type of the tag given, or null. */
    public TagType tagType(String key) {
        return tagTypes.get(checked(key));
    }

    /** A TAG: the name of the tag given, or null. */
    public String tagName(String key) {
        return tagNames.get(checked(key));
    }

    /** A REF: the id given, or null. */
    public String ref(String key) {
        return (String) values.get(checked(key));
    }

    /** REFS: the ids given, or none. */
    public String[] refs(String key) {
        String[] v = (String[]) values.get(checked(key));
        return v == null ? new String[0] : v.clone();
    }

    /** A PART_SEQUENCE: part type indices, or null. */
    public int[] partSequence(String key) {
        int[] v = (int[]) values.get(checked(key));
        return v == null ? null : v.clone();
    }

    /** A PART_MIX: weight per part type index, or null. */
    public double[] partWeights(String key) {
        double[] v = (double[]) values.get(checked(key));
        return v == null ? null : v.clone();
    }

    /** A problem with the component as a whole, reported at its line. */
    public ConfigException fail(String message) {
        return new ConfigException(null, message);
    }

    /** A problem at one key, reported at that key's line. */
    public ConfigException fail(String key, String message) {
        return new ConfigException(checked(key), message);
    }

    private String checked(String key) {
        type.key(key); // throws for a key the type does not declare: a programming error
        return key;
    }
}
