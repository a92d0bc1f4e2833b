package io.simbase.opcua;

import io.simbase.engine.io.IoLayout;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/**
 * The latest OPC UA value of every tag, as the pump last handed it on: what a Read answers and
 * what a new monitored item starts with. Written by the pump thread, read by any thread.
 */
final class TagValueCache {
    /** 100 ns ticks from 1601-01-01 (OPC UA DateTime) to 1970-01-01. */
    private static final long EPOCH_1601_TICKS = 116_444_736_000_000_000L;

    private final IoLayout layout;
    private final AtomicReferenceArray<DataValue> values;

    TagValueCache(IoLayout layout, ChangePump pump) {
        this.layout = layout;
        this.values = new AtomicReferenceArray<>(layout.size());
        long now = System.currentTimeMillis() * 1_000_000L;
        for (int i = 0; i < layout.size(); i++) {
            values.set(i, value(i, pump.initialValue(i), now));
        }
    }

    /** Makes and stores a tag's new value; returns it. */
    DataValue update(int tagIndex, double engineeringValue, long epochNanos) {
        DataValue v = value(tagIndex, engineeringValue, epochNanos);
        values.set(tagIndex, v);
        return v;
    }

    DataValue current(int tagIndex) {
        return values.get(tagIndex);
    }

    private DataValue value(int tagIndex, double engineeringValue, long epochNanos) {
        DateTime source = new DateTime(EPOCH_1601_TICKS + epochNanos / 100);
        return new DataValue(TagValues.toVariant(layout.tag(tagIndex), engineeringValue), StatusCode.GOOD,
                source, DateTime.now());
    }
}
