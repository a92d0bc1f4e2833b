package io.simbase.opcua;

import io.simbase.engine.io.TagDef;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * How a tag's engineering value looks in OPC UA: {@code bool} as Boolean, {@code int} as
 * Int32, {@code real} as Double, never a scaled integer. Stateless; allocates the boxed value
 * of each {@link Variant} it makes.
 */
public final class TagValues {
    private TagValues() {
    }

    /** The OPC UA data type of a tag. */
    public static NodeId dataType(TagDef tag) {
        return switch (tag.type()) {
            case BOOL -> NodeIds.Boolean;
            case INT -> NodeIds.Int32;
            case REAL -> NodeIds.Double;
        };
    }

    /** An engineering value as the variant of the tag's data type. */
    public static Variant toVariant(TagDef tag, double value) {
        return switch (tag.type()) {
            case BOOL -> new Variant(value != 0);
            case INT -> new Variant((int) Math.rint(value));
            case REAL -> new Variant(value);
        };
    }

    /** Whether a written value is of the tag's data type (Boolean, Int32, Double). */
    public static boolean isOfType(TagDef tag, Object value) {
        return switch (tag.type()) {
            case BOOL -> value instanceof Boolean;
            case INT -> value instanceof Integer;
            case REAL -> value instanceof Double;
        };
    }

    /** The engineering value of a written value that {@link #isOfType} accepted. */
    public static double toEngineering(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) value).doubleValue();
    }
}
