package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClassOpened;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.ClassRoom;

/** open_class: an instructor opens a class and gets its join code. */
public final class OpenClassHandler implements RequestHandler<OpenClass> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.OPEN_CLASS;
    }

    @Override
    public OpenClass body(ClientMessage m) {
        return m.getOpenClass();
    }

    @Override
    public Capability needs() {
        return Capability.OPEN_CLASS;
    }

    @Override
    public String action(OpenClass body) {
        return "open a class";
    }

    @Override
    public void handle(Request<OpenClass> r) {
        ClassRoom room = r.services().classes().open(r.body().getName(), r.principal().name());
        r.reply(ServerMessage.newBuilder().setClassOpened(ClassOpened.newBuilder().setCode(room.code()).setName(room.name())));
    }
}
