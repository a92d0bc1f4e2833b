package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ListRecordings;
import io.simbase.protocol.v1.RecordingInfo;
import io.simbase.protocol.v1.RecordingList;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Roster;
import io.simbase.server.auth.Scope;
import io.simbase.server.replay.RecordingFiles;
import io.simbase.server.replay.Replays;
import io.simbase.server.results.StudentIdentity;
import java.io.IOException;
import java.util.List;

/**
 * list_recordings: the kept recordings, newest first, each with its owner's identity
 * ({@link StudentIdentity}: a roster student's number and the roster's spelling of their name).
 * A student gets only their own (from the principal, whatever the request says); an instructor
 * every one, one class's, or one student's (by identity). The folder is read on the replay
 * thread, never on the event loop.
 */
public final class ListRecordingsHandler implements RequestHandler<ListRecordings> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.LIST_RECORDINGS;
    }

    @Override
    public ListRecordings body(ClientMessage m) {
        return m.getListRecordings();
    }

    @Override
    public Capability needs() {
        return Capability.READ_RESULTS;
    }

    @Override
    public String action(ListRecordings body) {
        return "read recordings";
    }

    @Override
    public void handle(Request<ListRecordings> r) {
        Replays replays = r.services().replays();
        Principal p = r.principal();
        boolean own = r.scope() == Scope.OWN;
        String classFilter = r.body().getClassCode();
        String studentFilter = own ? "" : r.body().getStudent();
        Roster roster = r.services().classes().roster();
        long id = r.id();
        Caller caller = r.caller();
        if (!replays.execute(() -> {
            List<RecordingFiles.Listed> rows;
            try {
                rows = replays.list(p, own, classFilter);
            } catch (IOException e) {
                caller.send(Replies.error(id, Error.Code.INTERNAL, "recordings cannot be listed: " + e.getMessage()));
                return;
            }
            RecordingList.Builder b = RecordingList.newBuilder();
            for (RecordingFiles.Listed l : rows) {
                StudentIdentity who = identity(l.owner().name(), l.owner().classCode(), roster);
                if (!studentFilter.isEmpty() && (who == null || !who.key().equals(studentFilter))) {
                    continue;
                }
                RecordingInfo.Builder info = RecordingInfo.newBuilder().setRecording(l.name()).setScene(l.scene())
                        .setSeed(l.seed()).setClassCode(l.owner().classCode()).setOwner(l.owner().name())
                        .setStartedMillis(l.owner().startedMillis()).setLive(replays.isLive(l.name()))
                        .setEnded(l.ended()).setBytes(l.bytes());
                if (who != null) {
                    info.setStudent(who.key()).setStudentName(who.name());
                }
                b.addRecordings(info);
            }
            caller.send(ServerMessage.newBuilder().setRequestId(id).setRecordings(b).build());
        })) {
            r.refuse(Error.Code.BUSY, "the replay queue is full; try again in a moment");
        }
    }

    /** The owner's identity; null for a recording older than owner notes (no owner). */
    private static StudentIdentity identity(String owner, String classCode, Roster roster) {
        return owner.isEmpty() ? null : StudentIdentity.of(owner, classCode, roster);
    }
}
