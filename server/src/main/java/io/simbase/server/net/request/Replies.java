package io.simbase.server.net.request;

import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.InputAck;
import io.simbase.protocol.v1.LoggedIn;
import io.simbase.protocol.v1.Ok;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Principal;
import io.simbase.server.session.CommandResult;
import io.simbase.server.session.StateMessages;

/** Builds replies: errors, and a session command's {@link CommandResult} as a message. Any thread. */
public final class Replies {
    private Replies() {
    }

    public static ServerMessage error(long requestId, Error.Code code, String text) {
        return ServerMessage.newBuilder().setRequestId(requestId)
                .setError(Error.newBuilder().setCode(code).setText(text)).build();
    }

    /** The reply to a command, or null when there is none (an observe answers with its full state). */
    static ServerMessage of(long requestId, String sessionId, CommandResult result) {
        ServerMessage.Builder b = ServerMessage.newBuilder().setRequestId(requestId);
        if (result instanceof CommandResult.Applied a) {
            return b.setInputAck(InputAck.newBuilder().setSessionId(sessionId).setStep(a.step())).build();
        } else if (result instanceof CommandResult.Refused r) {
            return error(requestId, code(r.reason()), r.text());
        } else if (result instanceof CommandResult.Summary o) {
            return b.setResult(StateMessages.result(o)).build();
        } else if (result instanceof CommandResult.Done) {
            return b.setOk(Ok.getDefaultInstance()).build();
        }
        return null;
    }

    static Error.Code code(CommandResult.Refusal reason) {
        return switch (reason) {
            case UNKNOWN_TAG -> Error.Code.UNKNOWN_TAG;
            case NOT_WRITABLE -> Error.Code.NOT_WRITABLE;
            case OUT_OF_RANGE -> Error.Code.OUT_OF_RANGE;
            case BAD_REQUEST -> Error.Code.BAD_REQUEST;
            case BUSY -> Error.Code.BUSY;
        };
    }

    static ServerMessage loggedIn(long requestId, Principal p, String token) {
        return ServerMessage.newBuilder().setRequestId(requestId).setLoggedIn(LoggedIn.newBuilder()
                .setRole(LoggedIn.Role.forNumber(p.role().ordinal() + 1)).setName(p.name()).setToken(token)
                .setClassCode(p.classCode())).build();
    }
}
