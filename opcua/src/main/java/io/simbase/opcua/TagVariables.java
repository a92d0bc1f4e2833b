package io.simbase.opcua;

import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.model.variables.BaseAnalogType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * Builds the variable of one scene tag, the same in the {@code Plant} folder of {@code rig serve}
 * and in a session's folder of the full server: browse name = tag name, Boolean / Int32 / Double,
 * description from the scene; int and real tags are AnalogItems with EURange and
 * EngineeringUnits; sensors read-only, writable tags read-write. Its Value is served by a
 * {@link TagVariableFilter}. Called when folders are built, never on a hot path.
 */
final class TagVariables {
    private TagVariables() {
    }

    static UaVariableNode build(UaNodeContext context, NodeId id, QualifiedName browseName, TagDef tag,
                                OpcUaPlant plant, TagValueCache values, TagVariableFilter.WriteListener writes,
                                double minimumSamplingMillis) {
        boolean analog = tag.type() != TagType.BOOL;
        var access = plant.isWritable(tag.index()) ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY;
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(context)
                .setNodeId(id)
                .setBrowseName(browseName)
                .setDisplayName(LocalizedText.english(tag.name()))
                .setDescription(LocalizedText.english(tag.description()))
                .setDataType(TagValues.dataType(tag))
                .setTypeDefinition(analog ? NodeIds.AnalogItemType : NodeIds.BaseDataVariableType)
                .setAccessLevel(access)
                // Every user may write; the node's AccessLevel decides. So Milo answers a write to
                // a sensor with Bad_NotWritable (the tag's limit), not Bad_UserAccessDenied.
                .setUserAccessLevel(AccessLevel.READ_WRITE)
                .setMinimumSamplingInterval(minimumSamplingMillis)
                .build();
        node.getFilterChain().addLast(new TagVariableFilter(tag, plant, values, writes));
        if (analog) {
            node.setProperty(BaseAnalogType.EU_RANGE, new Range(tag.min(), tag.max()));
        }
        if (analog && !tag.unit().isEmpty()) {
            // unitId -1: the scene declares the unit's symbol, not its UNECE code
            node.setProperty(BaseAnalogType.ENGINEERING_UNITS, new EUInformation(
                    "http://www.opcfoundation.org/UA/units/un/cefact", -1,
                    LocalizedText.english(tag.unit()), LocalizedText.english(tag.unit())));
        }
        return node;
    }
}
