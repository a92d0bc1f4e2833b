package io.simbase.server.opcua;

import io.simbase.server.auth.Principal;
import org.eclipse.milo.opcua.sdk.server.identity.DefaultUsernameIdentity;

/** An OPC UA session's signed-in SimBase principal (a staff account or a student). Immutable. */
final class AccountIdentity extends DefaultUsernameIdentity {
    private final Principal principal;

    AccountIdentity(String username, Principal principal) {
        super(username);
        this.principal = principal;
    }

    Principal principal() {
        return principal;
    }
}
