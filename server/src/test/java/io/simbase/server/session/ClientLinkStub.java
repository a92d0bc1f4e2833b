package io.simbase.server.session;

import io.netty.buffer.ByteBuf;
import io.simbase.protocol.v1.ServerMessage;
import java.util.ArrayList;
import java.util.List;

/** A client link that keeps what it is sent. */
final class ClientLinkStub implements ClientLink {
    final List<ServerMessage> sent = new ArrayList<>();
    int frames;

    @Override
    public String id() {
        return "stub";
    }

    @Override
    public void send(ServerMessage message) {
        sent.add(message);
    }

    @Override
    public void sendFramed(ByteBuf framed) {
        frames++;
        framed.release();
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public long backlogBytes() {
        return 0;
    }

    @Override
    public void closeTooSlow(String reason) {
    }
}
