package io.simbase.server.opcua;

import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Tokens;
import io.simbase.server.auth.UserStore;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AbstractUsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;

/**
 * UserName sign-in against SimBase's own accounts (docs/decisions/0085): a staff account's name
 * and password from {@code users.txt}, or any principal's name and a live token of theirs as
 * the password (the token a login or a class join gave the dashboard; a student has no password
 * of their own). A student's name may be given without the {@code #suffix} the server adds to
 * tell students of the same name apart. Anything else is refused (Milo answers
 * {@code Bad_UserAccessDenied}) and logged in one line. Called on Milo's threads; the password
 * check is deliberately slow (PBKDF2).
 */
final class AccountValidator extends AbstractUsernameIdentityValidator {
    private final UserStore users;
    private final Tokens tokens;
    private final Consumer<String> log;

    AccountValidator(UserStore users, Tokens tokens, Consumer<String> log) {
        this.users = users;
        this.tokens = tokens;
        this.log = log;
    }

    @Override
    protected Identity.UsernameIdentity authenticateUsernamePassword(Session session, String username, String password) {
        Principal p = principal(username, password);
        if (p == null) {
            log.accept("opcua: sign-in refused for '" + username + "' from " + session.getClientAddress());
            return null;
        }
        return new AccountIdentity(username, p);
    }

    private Principal principal(String username, String password) {
        if (username == null || password == null || username.isEmpty() || password.isEmpty()) {
            return null;
        }
        Principal fromToken = tokens.resolve(password);
        if (fromToken != null) {
            String name = fromToken.name();
            return name.equals(username) || name.startsWith(username + "#") ? fromToken : null;
        }
        UserStore.Account a = users.authenticate(username, password);
        return a == null ? null : new Principal(a.name(), a.role(), "");
    }
}
