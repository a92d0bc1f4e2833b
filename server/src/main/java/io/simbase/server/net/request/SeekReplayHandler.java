package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.SeekReplay;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;
import io.simbase.server.replay.ReplayException;
import io.simbase.server.replay.Replays;

/** seek_replay: moves the caller's open replay to a position; the reply is replay_frame. Runs on the replay thread. */
public final class SeekReplayHandler implements RequestHandler<SeekReplay> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.SEEK_REPLAY;
    }

    @Override
    public SeekReplay body(ClientMessage m) {
        return m.getSeekReplay();
    }

    @Override
    public Capability needs() {
        return Capability.READ_RESULTS;
    }

    @Override
    public String action(SeekReplay body) {
        return "read recordings";
    }

    @Override
    public void handle(Request<SeekReplay> r) {
        Replays replays = r.services().replays();
        Principal p = r.principal();
        SeekReplay req = r.body();
        long id = r.id();
        Caller caller = r.caller();
        if (!replays.execute(() -> {
            try {
                caller.send(ServerMessage.newBuilder().setRequestId(id)
                        .setReplayFrame(replays.seek(p, req.getReplayId(), req.getPosition())).build());
            } catch (ReplayException e) {
                caller.send(Replies.error(id, e.code(), e.getMessage()));
            }
        })) {
            r.refuse(Error.Code.BUSY, "the replay queue is full; try again in a moment");
        }
    }
}
