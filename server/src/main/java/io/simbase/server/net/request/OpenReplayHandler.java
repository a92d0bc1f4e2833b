package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.OpenReplay;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Scope;
import io.simbase.server.replay.ReplayException;
import io.simbase.server.replay.Replays;

/**
 * open_replay: opens a kept recording for replay (a student only their own); the reply,
 * replay_opened, carries the timeline and the first frame. Unknown, live and corrupt recordings
 * are refused with a code of their own. Runs on the replay thread.
 */
public final class OpenReplayHandler implements RequestHandler<OpenReplay> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.OPEN_REPLAY;
    }

    @Override
    public OpenReplay body(ClientMessage m) {
        return m.getOpenReplay();
    }

    @Override
    public Capability needs() {
        return Capability.READ_RESULTS;
    }

    @Override
    public String action(OpenReplay body) {
        return "read recordings";
    }

    @Override
    public void handle(Request<OpenReplay> r) {
        Replays replays = r.services().replays();
        Principal p = r.principal();
        boolean own = r.scope() == Scope.OWN;
        OpenReplay req = r.body();
        long id = r.id();
        Caller caller = r.caller();
        if (!replays.execute(() -> {
            try {
                caller.send(ServerMessage.newBuilder().setRequestId(id).setReplayOpened(replays.open(p, own, req)).build());
            } catch (ReplayException e) {
                caller.send(Replies.error(id, e.code(), e.getMessage()));
            }
        })) {
            r.refuse(Error.Code.BUSY, "the replay queue is full; try again in a moment");
        }
    }
}
