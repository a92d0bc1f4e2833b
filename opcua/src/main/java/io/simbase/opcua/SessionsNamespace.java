package io.simbase.opcua;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.AccessContext;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ViewDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteValue;

/**
 * The namespace {@value #URI} of the full server: a folder {@value #FOLDER} under Objects, and
 * under it {@code <class>/<student>/<session>} with one variable per tag for every live session
 * ({@link SessionFolder}), added and removed as sessions open and close.
 *
 * <p>Every browse, read and write of a session's nodes is checked against the signed-in user
 * ({@link SessionAccess}): a folder the user may not see is left out of browse results and its
 * nodes are unknown to reads and writes ({@code Bad_NodeIdUnknown}); a user who may only read
 * gets {@code Bad_UserAccessDenied} on writes. Milo's own calls (no session) see everything.
 *
 * <p>Threading: folders are added and removed under this object's lock (sessions open and
 * close rarely); the lookups on Milo's threads read concurrent maps.
 */
public final class SessionsNamespace extends ManagedNamespaceWithLifecycle {
    public static final String URI = "urn:simbase:sessions";
    public static final String FOLDER = "Sessions";

    /** Who may see a class folder ({@code owner} null), a student folder, or a session's nodes. */
    private record Guard(String classCode, String owner) {
    }

    /** A tag's variable: its session folder and index. */
    private record TagRef(SessionFolder folder, int tag) {
    }

    private final SessionAccess access;
    private final Consumer<String> log;
    private final SubscriptionModel otherItems;
    private final ConcurrentHashMap<String, SessionFolder> sessions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<NodeId, Guard> folderGuards = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<NodeId, TagRef> tags = new ConcurrentHashMap<>();
    // ---- under the lock
    private final Map<NodeId, UaFolderNode> groupFolders = new HashMap<>();
    private final Map<NodeId, Integer> groupUse = new HashMap<>();
    private UaFolderNode root;

    SessionsNamespace(OpcUaServer server, SessionAccess access, Consumer<String> log) {
        super(server, URI);
        this.access = access;
        this.log = log;
        this.otherItems = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(otherItems);
        getLifecycleManager().addStartupTask(this::addRoot);
    }

    private synchronized void addRoot() {
        root = new UaFolderNode(getNodeContext(), newNodeId(FOLDER), newQualifiedName(FOLDER),
                LocalizedText.english(FOLDER));
        getNodeManager().addNode(root);
        root.addReference(new Reference(root.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
    }

    /** Adds a live session's folder; returns its pump (the caller puts it in a {@link PumpGroup}). */
    synchronized SessionFolder add(LiveSession s) {
        UaFolderNode classFolder = group(root, "class:" + s.classCode(), s.classCode(), new Guard(s.classCode(), null));
        UaFolderNode student = group(classFolder, "student:" + s.classCode() + ":" + s.owner(), s.owner(),
                new Guard(s.classCode(), s.owner()));
        SessionFolder f = new SessionFolder(s, getNodeContext(), getNamespaceIndex().intValue(), log);
        sessions.put(s.id(), f);
        getNodeManager().addNode(f.folder);
        student.addOrganizes(f.folder);
        for (int i = 0; i < f.variables.size(); i++) {
            UaVariableNode v = f.variables.get(i);
            getNodeManager().addNode(v);
            f.folder.addOrganizes(v);
            tags.put(v.getNodeId(), new TagRef(f, i));
        }
        return f;
    }

    /** Removes a closed session's folder (and its student's and class's when they are left empty). */
    synchronized SessionFolder remove(String sessionId) {
        SessionFolder f = sessions.remove(sessionId);
        if (f == null) {
            return null;
        }
        for (UaVariableNode v : f.variables) {
            tags.remove(v.getNodeId());
            v.delete();
        }
        NodeId studentId = newNodeId("student:" + f.session.classCode() + ":" + f.session.owner());
        NodeId classId = newNodeId("class:" + f.session.classCode());
        groupFolders.get(studentId).removeOrganizes(f.folder);
        f.folder.delete();
        release(classId, studentId);
        return f;
    }

    /** The folder {@code id} under {@code parent}, made on first use; counts its sessions. */
    private UaFolderNode group(UaFolderNode parent, String id, String name, Guard guard) {
        NodeId nodeId = newNodeId(id);
        UaFolderNode folder = groupFolders.get(nodeId);
        if (folder == null) {
            folder = new UaFolderNode(getNodeContext(), nodeId, newQualifiedName(name), LocalizedText.english(name));
            getNodeManager().addNode(folder);
            parent.addOrganizes(folder);
            groupFolders.put(nodeId, folder);
            folderGuards.put(nodeId, guard);
        }
        groupUse.merge(nodeId, 1, Integer::sum);
        return folder;
    }

    private void release(NodeId classId, NodeId studentId) {
        UaFolderNode classFolder = groupFolders.get(classId);
        if (groupUse.merge(studentId, -1, Integer::sum) == 0) {
            UaFolderNode student = dropGroup(studentId);
            classFolder.removeOrganizes(student);
        }
        if (groupUse.merge(classId, -1, Integer::sum) == 0) {
            root.removeOrganizes(dropGroup(classId));
        }
    }

    private UaFolderNode dropGroup(NodeId id) {
        groupUse.remove(id);
        folderGuards.remove(id);
        UaFolderNode f = groupFolders.remove(id);
        f.delete();
        return f;
    }

    // ---------------------------------------------------------------- access (Milo's threads)

    private SessionAccess.Level level(AccessContext ctx, NodeId id) {
        Session session = ctx.getSession().orElse(null);
        if (session == null || id == null || !id.getNamespaceIndex().equals(getNamespaceIndex())
                || !(id.getIdentifier() instanceof String s) || s.equals(FOLDER)) {
            return SessionAccess.Level.WRITE; // Milo itself, another namespace, or the Sessions folder
        }
        Guard g = folderGuards.get(id);
        if (g == null) {
            SessionFolder f = sessions.get(SessionFolder.sessionOf(s));
            if (f == null) {
                return SessionAccess.Level.NONE;
            }
            g = new Guard(f.session.classCode(), f.session.owner());
        }
        return access.level(session.getIdentity(), g.classCode(), g.owner());
    }

    private boolean visible(AccessContext ctx, ExpandedNodeId target) {
        NodeId id = target.toNodeId(getServer().getNamespaceTable()).orElse(null);
        return id == null || level(ctx, id) != SessionAccess.Level.NONE;
    }

    private ReferenceResult.ReferenceList visibleOnly(AccessContext ctx, ReferenceResult.ReferenceList list) {
        List<Reference> kept = new ArrayList<>(list.references().size());
        for (Reference r : list.references()) {
            if (visible(ctx, r.getTargetNodeId())) {
                kept.add(r);
            }
        }
        return new ReferenceResult.ReferenceList(kept);
    }

    @Override
    public List<ReferenceResult> browse(BrowseContext ctx, ViewDescription view, List<NodeId> nodeIds) {
        List<ReferenceResult> all = super.browse(ctx, view, nodeIds);
        List<ReferenceResult> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            ReferenceResult r = all.get(i);
            if (level(ctx, nodeIds.get(i)) == SessionAccess.Level.NONE) {
                out.add(ReferenceResult.unknown());
            } else {
                out.add(r instanceof ReferenceResult.ReferenceList l ? visibleOnly(ctx, l) : r);
            }
        }
        return out;
    }

    @Override
    public ReferenceResult.ReferenceList gather(BrowseContext ctx, ViewDescription view, NodeId nodeId) {
        return visibleOnly(ctx, super.gather(ctx, view, nodeId));
    }

    @Override
    public List<DataValue> read(ReadContext ctx, Double maxAge, TimestampsToReturn timestamps,
                                List<ReadValueId> ids) {
        List<DataValue> values = new ArrayList<>(super.read(ctx, maxAge, timestamps, ids));
        for (int i = 0; i < ids.size(); i++) {
            if (level(ctx, ids.get(i).getNodeId()) == SessionAccess.Level.NONE) {
                values.set(i, new DataValue(new StatusCode(StatusCodes.Bad_NodeIdUnknown)));
            }
        }
        return values;
    }

    @Override
    public List<StatusCode> write(WriteContext ctx, List<WriteValue> writes) {
        StatusCode[] out = new StatusCode[writes.size()];
        List<WriteValue> allowed = new ArrayList<>(writes.size());
        List<Integer> at = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            switch (level(ctx, writes.get(i).getNodeId())) {
                case NONE -> out[i] = new StatusCode(StatusCodes.Bad_NodeIdUnknown);
                case READ -> out[i] = new StatusCode(StatusCodes.Bad_UserAccessDenied);
                case WRITE -> {
                    allowed.add(writes.get(i));
                    at.add(i);
                }
            }
        }
        if (!allowed.isEmpty()) {
            List<StatusCode> done = super.write(ctx, allowed);
            for (int k = 0; k < done.size(); k++) {
                out[at.get(k)] = done.get(k);
            }
        }
        return List.of(out);
    }

    // ---------------------------------------------------------------- monitored items (pushed)

    private TagRef tagOf(DataItem item) {
        if (!AttributeId.Value.isEqual(item.getReadValueId().getAttributeId())) {
            return null;
        }
        return tags.get(item.getReadValueId().getNodeId());
    }

    @Override
    public void onDataItemsCreated(List<DataItem> items) {
        List<DataItem> others = new ArrayList<>();
        for (DataItem item : items) {
            TagRef t = tagOf(item);
            if (t == null) {
                others.add(item);
            } else {
                t.folder().items.add(t.tag(), item);
            }
        }
        if (!others.isEmpty()) {
            otherItems.onDataItemsCreated(others);
        }
    }

    @Override
    public void onDataItemsModified(List<DataItem> items) {
        List<DataItem> others = items.stream().filter(i -> tagOf(i) == null).toList();
        if (!others.isEmpty()) {
            otherItems.onDataItemsModified(others);
        }
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
        List<DataItem> others = new ArrayList<>();
        for (DataItem item : items) {
            TagRef t = tagOf(item);
            if (t == null) {
                others.add(item);
            } else {
                t.folder().items.remove(t.tag(), item);
            }
        }
        if (!others.isEmpty()) {
            otherItems.onDataItemsDeleted(others);
        }
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
        otherItems.onMonitoringModeChanged(items.stream()
                .filter(i -> !(i instanceof DataItem d) || tagOf(d) == null).toList());
    }

    /** Live session folders. */
    public int size() {
        return sessions.size();
    }
}
