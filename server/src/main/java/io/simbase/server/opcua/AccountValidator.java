package io.simbase.server.opcua;

import io.simbase.server.auth.Principal;
import io.simbase.server.auth.SignInGuard;
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
 * check is deliberately slow (PBKDF2), so it counts against the same {@link SignInGuard} as the
 * dashboard's sign-in; a token costs one SHA-256 (the cheap way in for many clients).
 */
final class AccountValidator extends AbstractUsernameIdentityValidator {
    private final UserStore users;
    private final Tokens tokens;
    private final SignInGuard guard;
    private final Consumer<String> log;

    AccountValidator(UserStore users, Tokens tokens, SignInGuard guard, Consumer<String> log) {
        this.users = users;
        this.tokens = tokens;
        this.guard = guard;
        this.log = log;
    }

    @Override
    protected Identity.UsernameIdentity authenticateUsernamePassword(Session session, String username, String password) {
        if (username == null || password == null || username.isEmpty() || password.isEmpty()) {
            return null;
        }
        String address = address(session);
        Principal fromToken = tokens.resolve(password);
        if (fromToken != null) { // a token is 256 random bits: a SHA-256 to check, nothing to guess
            String name = fromToken.name();
            if (name.equals(username) || name.startsWith(username + "#")) {
                return new AccountIdentity(username, fromToken);
            }
            log.accept("opcua: sign-in refused for '" + username + "' from " + address + ": the token is someone else's");
            return null;
        }
        String account = "staff:" + username;
        SignInGuard.Refusal no = guard.check(account, address);
        if (no != null) {
            log.accept("opcua: sign-in refused for '" + username + "' from " + address + ": too many wrong passwords, "
                    + no.retryAfterSeconds() + " s to wait");
            return null;
        }
        UserStore.Account a = users.authenticate(username, password);
        if (a == null) {
            guard.failed(account, address);
            log.accept("opcua: sign-in refused for '" + username + "' from " + address);
            return null;
        }
        guard.succeeded(account);
        return new AccountIdentity(username, new Principal(a.name(), a.role(), ""));
    }

    private static String address(Session session) {
        java.net.InetAddress a = session.getClientAddress();
        return a == null ? "unknown" : a.getHostAddress();
    }
}
