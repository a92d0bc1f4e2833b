package io.simbase.opcua;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/**
 * The monitored items on the Value of each tag of one plant, and the pushing of changes to them:
 * the {@link ChangePump}'s target. Items are added and removed on Milo's threads, changes
 * handed on by the pump's thread (copy-on-write lists: many changes, few item edits).
 */
final class TagItems implements ChangePump.Target {
    private final TagValueCache values;
    private final List<CopyOnWriteArrayList<DataItem>> itemsOfTag;

    TagItems(int tags, TagValueCache values) {
        this.values = values;
        this.itemsOfTag = new ArrayList<>(tags);
        for (int i = 0; i < tags; i++) {
            itemsOfTag.add(new CopyOnWriteArrayList<>());
        }
    }

    /** Pump thread: a tag changed; every monitored item on its Value gets the new value. */
    @Override
    public void changed(int tagIndex, double value, long epochNanos) {
        DataValue v = values.update(tagIndex, value, epochNanos);
        for (DataItem item : itemsOfTag.get(tagIndex)) {
            item.setValue(v);
        }
    }

    /** A new item on a tag's Value starts with the tag's current value. */
    void add(int tagIndex, DataItem item) {
        itemsOfTag.get(tagIndex).add(item);
        item.setValue(values.current(tagIndex));
    }

    void remove(int tagIndex, DataItem item) {
        itemsOfTag.get(tagIndex).remove(item);
    }

    int size() {
        return itemsOfTag.stream().mapToInt(List::size).sum();
    }
}
