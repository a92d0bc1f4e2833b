package io.simbase.server.session;

import io.netty.buffer.ByteBuf;
import io.simbase.protocol.v1.ServerMessage;
import java.util.ArrayList;
import java.util.List;

/** A client link that keeps what it is sent: messages, and the messages of each framed write. */
final class ClientLinkStub implements ClientLink {
    final List<ServerMessage> sent = new ArrayList<>();
    /** Each {@link #sendFramed} write, as the messages of its WebSocket frames. */
    final List<List<ServerMessage>> writes = new ArrayList<>();
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
        try {
            writes.add(decode(framed));
        } finally {
            framed.release();
        }
    }

    /** The server-to-client frames of RFC 6455 that {@link FrameBytes} writes: final, binary, unmasked. */
    private static List<ServerMessage> decode(ByteBuf b) {
        List<ServerMessage> messages = new ArrayList<>();
        int i = b.readerIndex();
        while (i < b.writerIndex()) {
            if ((b.getByte(i) & 0xFF) != 0x82) {
                throw new AssertionError("not a final binary frame at " + i);
            }
            int len = b.getByte(i + 1) & 0x7F;
            i += 2;
            if (len == 126) {
                len = b.getUnsignedShort(i);
                i += 2;
            } else if (len == 127) {
                len = (int) b.getLong(i);
                i += 8;
            }
            byte[] payload = new byte[len];
            b.getBytes(i, payload);
            i += len;
            try {
                messages.add(ServerMessage.parseFrom(payload));
            } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new AssertionError("a frame that is not a ServerMessage", e);
            }
        }
        return messages;
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
