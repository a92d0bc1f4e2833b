package io.simbase.server.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the results of the commands it is given as reply. */
final class RepliesStub implements CommandReply {
    final List<CommandResult> got = new CopyOnWriteArrayList<>();

    @Override
    public void reply(CommandResult result) {
        got.add(result);
    }

    long applied() {
        return got.stream().filter(r -> r instanceof CommandResult.Applied).count();
    }
}
