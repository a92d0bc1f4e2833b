package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.Error;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** control: pause, resume, reset or time scale of a session (instructors). */
public final class ControlHandler implements RequestHandler<Control> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.CONTROL;
    }

    @Override
    public Control body(ClientMessage m) {
        return m.getControl();
    }

    @Override
    public Capability needs() {
        return Capability.CONTROL;
    }

    @Override
    public String action(Control body) {
        return switch (body.getAction()) {
            case PAUSE -> "pause sessions";
            case RESUME -> "resume sessions";
            case RESET -> "reset sessions";
            case TIME_SCALE -> "set time scale";
            default -> "control sessions";
        };
    }

    @Override
    public String sessionId(Control body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<Control> r) {
        switch (r.body().getAction()) {
            case PAUSE -> r.submit(new SessionCommand.Pause(true));
            case RESUME -> r.submit(new SessionCommand.Pause(false));
            case RESET -> r.submit(new SessionCommand.Reset());
            case TIME_SCALE -> {
                double scale = r.body().getTimeScale();
                if (!(scale >= 0.1 && scale <= 10)) {
                    r.refuse(Error.Code.OUT_OF_RANGE, "time scale must be 0.1 to 10, got " + scale);
                    return;
                }
                r.submit(new SessionCommand.SetTimeScale(scale));
            }
            default -> r.refuse(Error.Code.BAD_REQUEST, "control needs an action: pause, resume, reset or time_scale");
        }
    }
}
