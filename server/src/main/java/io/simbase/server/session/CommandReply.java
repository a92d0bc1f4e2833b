package io.simbase.server.session;

/**
 * Where a command's result goes. Called once, on the session's sim thread, right after the
 * command ran (or with a refusal when the session closed first): must not block; a network
 * connection hands the reply to its event loop.
 */
@FunctionalInterface
public interface CommandReply {
    CommandReply NONE = result -> { };

    void reply(CommandResult result);
}
