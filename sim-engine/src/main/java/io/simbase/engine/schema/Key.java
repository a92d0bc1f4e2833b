package io.simbase.engine.schema;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One key of a component type's scene-file schema: its name, what kind of value it takes and
 * the rules the loader checks (range, count, tag type and direction, referenced component
 * types), whether it is required, its default and a line of documentation. Immutable; made by
 * {@link ComponentType.Builder}.
 *
 * @param count       numbers in a list (NUMBERS), or coordinates of a POINT: 2, 3, or 0 for "2 or 3"
 * @param tagTypes    the tag types a TAG accepts; empty for any
 * @param operated    a TAG that an operator sets by hand (a panel control): it takes inputs
 * @param mustPrecede a REF whose target must be declared earlier in the file
 * @param defaultText how the documentation states the default ("" when there is none)
 */
public record Key(String name, Kind kind, boolean required, double min, double max, double defaultNumber,
                  String defaultText, int count, List<String> choices, Set<TagType> tagTypes, Direction direction,
                  boolean operated, Set<String> refTypes, boolean mustPrecede, String doc) {

    /** What a key takes. */
    public enum Kind {
        /** One number in [min, max]. */
        NUMBER,
        /** A list of {@code count} numbers in [min, max]. */
        NUMBERS,
        /** The position {@code at}: {@code count} coordinates (0: two or three). */
        POINT,
        /** true/false (also yes/no). */
        BOOL,
        /** Free text (labels, colours). */
        TEXT,
        /** One of {@code choices}. */
        CHOICE,
        /** The name of a declared tag of an allowed type and the given direction. */
        TAG,
        /** The id of another component of one of {@code refTypes}. */
        REF,
        /** A list of ids of other components of {@code refTypes}. */
        REFS,
        /** A list of part type names, cycled in order. */
        PART_SEQUENCE,
        /** A list of {@code {part, weight}}: a random mix of part types. */
        PART_MIX
    }

    /** The tag types as the loader's messages name them, e.g. {@code bool} or {@code bool or real}. */
    public String tagTypeText() {
        return tagTypes.stream().sorted().map(TagType::key).collect(Collectors.joining(" or "));
    }

    /** One line for {@code docs/scene-format.md}. */
    String describe() {
        StringBuilder b = new StringBuilder("`").append(name).append('`');
        switch (kind) {
            case NUMBER:
                b.append(" number in [").append(fmt(min)).append(", ").append(fmt(max)).append(']');
                break;
            case NUMBERS:
                b.append(' ').append(count).append(" numbers in [").append(fmt(min)).append(", ").append(fmt(max)).append(']');
                break;
            case POINT:
                b.append(count == 0 ? " [x, y] or [x, y, z]" : count == 2 ? " [x, y]" : " [x, y, z]");
                break;
            case BOOL:
                b.append(" true/false");
                break;
            case TEXT:
                b.append(" text");
                break;
            case CHOICE:
                b.append(' ').append(String.join(" or ", choices));
                break;
            case TAG:
                b.append(' ').append(tagTypes.isEmpty() ? "" : tagTypeText() + ' ').append(direction.key()).append(" tag");
                break;
            case REF:
                b.append(" id of a ").append(String.join(" or ", refTypes.stream().sorted().toList()));
                if (mustPrecede) {
                    b.append(" declared before");
                }
                break;
            case REFS:
                b.append(" ids of ").append(String.join(" or ", refTypes.stream().sorted().toList()));
                break;
            case PART_SEQUENCE:
                b.append(" [part, ...]");
                break;
            default:
                b.append(" [{part, weight}, ...]");
        }
        if (required) {
            b.append(", required");
        } else if (!defaultText.isEmpty()) {
            b.append(", default ").append(defaultText);
        }
        if (!doc.isEmpty()) {
            b.append(": ").append(doc);
        }
        return b.toString();
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
