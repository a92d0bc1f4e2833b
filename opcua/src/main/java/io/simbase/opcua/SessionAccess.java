package io.simbase.opcua;

import org.eclipse.milo.opcua.sdk.server.identity.Identity;

/**
 * What a signed-in OPC UA user may do with the folder of a live session, decided by the server
 * from its own accounts (the OPC UA side knows no roles). Called on Milo's threads for every
 * browse, read and write of a session's nodes: must be cheap and thread-safe.
 */
@FunctionalInterface
public interface SessionAccess {
    /** Nothing (the folder is not there for this user), read and subscribe, or read and write. */
    enum Level { NONE, READ, WRITE }

    /**
     * @param identity who signed in (the server's validator made it)
     * @param classCode the session's class
     * @param owner the session's student, or null when asking about the class folder itself
     */
    Level level(Identity identity, String classCode, String owner);
}
