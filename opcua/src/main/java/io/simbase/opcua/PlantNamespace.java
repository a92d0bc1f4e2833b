package io.simbase.opcua;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * The namespace {@value #URI}: a folder {@value #FOLDER} under Objects with one variable per
 * scene tag (node id {@code Plant/<tag>}, browse name = tag name, Boolean / Int32 / Double,
 * description from the scene; int and real tags are AnalogItems with EURange and
 * EngineeringUnits). Sensors are read-only, writable tags (actuators, panel controls)
 * read-write.
 *
 * <p>Subscriptions are pushed, not sampled: a monitored item on a tag's Value is kept in that
 * tag's list and gets each change the {@link ChangePump} hands on ({@link #changed}, on the pump
 * thread). Items on other attributes (which never change) go to Milo's sampling model.
 */
public final class PlantNamespace extends ManagedNamespaceWithLifecycle implements ChangePump.Target {
    public static final String URI = "urn:simbase:plant";
    public static final String FOLDER = "Plant";

    private final IoLayout layout;
    private final OpcUaPlant plant;
    private final TagValueCache values;
    private final TagVariableFilter.WriteListener writes;
    private final double minimumSamplingMillis;
    private final Map<NodeId, Integer> tagOfNode;
    private final TagItems tagItems;
    private final SubscriptionModel otherItems;

    PlantNamespace(OpcUaServer server, OpcUaPlant plant, TagValueCache values,
                   TagVariableFilter.WriteListener writes, double stepMillis) {
        super(server, URI);
        this.layout = plant.layout();
        this.plant = plant;
        this.values = values;
        this.writes = writes;
        this.minimumSamplingMillis = stepMillis;
        Map<NodeId, Integer> nodes = new HashMap<>();
        this.tagItems = new TagItems(layout.size(), values);
        for (int i = 0; i < layout.size(); i++) {
            nodes.put(nodeId(layout.tag(i)), i);
        }
        this.tagOfNode = Map.copyOf(nodes); // read by Milo's threads
        this.otherItems = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(otherItems);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    /** The node id of a tag's variable. */
    public NodeId nodeId(TagDef tag) {
        return newNodeId(FOLDER + "/" + tag.name());
    }

    private void addNodes() {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(FOLDER), newQualifiedName(FOLDER),
                LocalizedText.english(FOLDER));
        getNodeManager().addNode(folder);
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        for (TagDef tag : layout.tags()) {
            UaVariableNode node = variable(tag);
            getNodeManager().addNode(node);
            folder.addOrganizes(node);
        }
    }

    private UaVariableNode variable(TagDef tag) {
        return TagVariables.build(getNodeContext(), nodeId(tag), newQualifiedName(tag.name()), tag, plant, values,
                writes, minimumSamplingMillis);
    }

    /** Pump thread: a tag changed; every monitored item on its Value gets the new value. */
    @Override
    public void changed(int tagIndex, double value, long epochNanos) {
        tagItems.changed(tagIndex, value, epochNanos);
    }

    /** The tag a monitored item watches the Value of, or -1 for anything else. */
    private int tagOf(DataItem item) {
        if (!AttributeId.Value.isEqual(item.getReadValueId().getAttributeId())) {
            return -1;
        }
        Integer t = tagOfNode.get(item.getReadValueId().getNodeId());
        return t == null ? -1 : t;
    }

    @Override
    public void onDataItemsCreated(List<DataItem> items) {
        List<DataItem> others = new ArrayList<>();
        for (DataItem item : items) {
            int t = tagOf(item);
            if (t < 0) {
                others.add(item);
            } else {
                tagItems.add(t, item);
            }
        }
        if (!others.isEmpty()) {
            otherItems.onDataItemsCreated(others);
        }
    }

    @Override
    public void onDataItemsModified(List<DataItem> items) {
        List<DataItem> others = items.stream().filter(i -> tagOf(i) < 0).toList();
        if (!others.isEmpty()) {
            otherItems.onDataItemsModified(others);
        }
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
        List<DataItem> others = new ArrayList<>();
        for (DataItem item : items) {
            int t = tagOf(item);
            if (t < 0) {
                others.add(item);
            } else {
                tagItems.remove(t, item);
            }
        }
        if (!others.isEmpty()) {
            otherItems.onDataItemsDeleted(others);
        }
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
        otherItems.onMonitoringModeChanged(items.stream()
                .filter(i -> !(i instanceof DataItem d) || tagOf(d) < 0).toList());
    }

    /** Monitored items on tag values, for diagnostics and tests. */
    int monitoredTagItems() {
        return tagItems.size();
    }
}
