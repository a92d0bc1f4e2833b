package io.simbase.opcua;

import io.simbase.engine.io.TagDef;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/**
 * The Value attribute of one tag's variable: a read answers the latest value the pump handed on;
 * a write is checked against the tag (writable, data type, range) and submitted to the plant's
 * input queue, which applies it between two steps. The variable's own stored value is never
 * written: the plant is the only source of truth. Called on Milo's threads.
 */
final class TagVariableFilter implements AttributeFilter {
    /** Hears accepted writes (the writer watch). */
    interface WriteListener {
        void written(Session session, TagDef tag, double value);
    }

    private final TagDef tag;
    private final boolean writable;
    private final OpcUaPlant plant;
    private final TagValueCache values;
    private final WriteListener listener;

    TagVariableFilter(TagDef tag, OpcUaPlant plant, TagValueCache values, WriteListener listener) {
        this.tag = tag;
        this.writable = plant.isWritable(tag.index());
        this.plant = plant;
        this.values = values;
        this.listener = listener;
    }

    @Override
    public Object getAttribute(AttributeFilterContext ctx, AttributeId attributeId) {
        if (attributeId == AttributeId.Value) {
            return values.current(tag.index());
        }
        return ctx.getAttribute(attributeId);
    }

    @Override
    public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value) throws UaException {
        if (attributeId != AttributeId.Value) {
            ctx.writeAttribute(attributeId, value);
            return;
        }
        if (!writable) {
            throw new UaException(StatusCodes.Bad_NotWritable, "tag " + tag.name() + " is a plant sensor");
        }
        Object raw = ((DataValue) value).value().getValue();
        if (!TagValues.isOfType(tag, raw)) {
            throw new UaException(StatusCodes.Bad_TypeMismatch, "tag " + tag.name() + " takes " + tag.type().key());
        }
        double v = TagValues.toEngineering(raw);
        if (!tag.accepts(v)) {
            throw new UaException(StatusCodes.Bad_OutOfRange,
                    "tag " + tag.name() + " takes " + tag.min() + " .. " + tag.max());
        }
        String refused = plant.refusal(tag.index());
        if (refused != null) {
            throw new UaException(StatusCodes.Bad_InvalidState, refused);
        }
        if (!plant.submit(tag.index(), v)) {
            throw new UaException(StatusCodes.Bad_ResourceUnavailable, "the plant's input queue is full");
        }
        ctx.getSession().ifPresent(s -> listener.written(s, tag, v));
    }
}
