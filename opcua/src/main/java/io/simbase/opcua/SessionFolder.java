package io.simbase.opcua;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;

/**
 * The folder of one live session in {@link SessionsNamespace}: one variable per tag, the tags'
 * latest values and monitored items, the session's {@link ChangePump} (turned by its sim
 * thread's {@link PumpGroup}) and its {@link WriterWatch}. Made when the session opens, dropped
 * when it closes; its variables' node ids are {@code <session id>/<tag>}.
 */
final class SessionFolder implements ChangePump.Target {
    /** Edges held between two pump turns: a turn comes every sim-thread cycle (at most 2 ms). */
    private static final int EDGE_RING = 256;

    final LiveSession session;
    final UaFolderNode folder;
    final List<UaVariableNode> variables;
    final ChangePump pump;
    final TagItems items;
    final WriterWatch watch;

    SessionFolder(LiveSession session, UaNodeContext context, int namespaceIndex, Consumer<String> log) {
        this.session = session;
        OpcUaPlant plant = session.plant();
        IoLayout layout = plant.layout();
        this.pump = ChangePump.grouped(plant, this, EDGE_RING); // turned only once added to a group
        TagValueCache values = new TagValueCache(layout, pump);
        this.items = new TagItems(layout.size(), values);
        this.watch = new WriterWatch(plant, log, session.controller());
        this.folder = new UaFolderNode(context, new NodeId(namespaceIndex, session.id()),
                new QualifiedName(namespaceIndex, session.id()), LocalizedText.english(session.id()));
        this.variables = new ArrayList<>(layout.size());
        for (TagDef tag : layout.tags()) {
            variables.add(TagVariables.build(context, tagNodeId(namespaceIndex, session.id(), tag),
                    new QualifiedName(namespaceIndex, tag.name()), tag, plant, values, watch, session.stepMillis()));
        }
    }

    /** Pump thread: hands a change to the tag's monitored items. */
    @Override
    public void changed(int tagIndex, double value, long epochNanos) {
        items.changed(tagIndex, value, epochNanos);
    }

    static NodeId tagNodeId(int namespaceIndex, String sessionId, TagDef tag) {
        return new NodeId(namespaceIndex, sessionId + "/" + tag.name());
    }

    /** The session a node id of this namespace belongs to (the part before the first '/' or '.'), or null. */
    static String sessionOf(String identifier) {
        int end = identifier.length();
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == '/' || c == '.') {
                end = i;
                break;
            }
        }
        return identifier.substring(0, end);
    }
}
