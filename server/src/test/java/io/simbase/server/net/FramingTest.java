package io.simbase.server.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Frames the server writes itself, read back by Netty's own client-side frame decoder. */
class FramingTest {
    @Test
    void everyLengthClassDecodesToTheSamePayloadInOrder() {
        int[] sizes = {0, 1, 125, 126, 127, 4000, 65535, 65536, 200_000};
        ByteBuf wire = Unpooled.buffer();
        byte[][] payloads = new byte[sizes.length][];
        Random r = new Random(7);
        int expectedBytes = 0;
        for (int i = 0; i < sizes.length; i++) {
            payloads[i] = new byte[sizes[i]];
            r.nextBytes(payloads[i]);
            ByteBuf p = Unpooled.wrappedBuffer(payloads[i]);
            io.simbase.server.session.FrameBytes.writeBinaryFrame(wire, p);
            assertEquals(0, p.readerIndex(), "the payload is read, not consumed");
            expectedBytes += io.simbase.server.session.FrameBytes.framedSize(sizes[i]);
        }
        assertEquals(expectedBytes, wire.readableBytes(), "framedSize matches what is written");
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket08FrameDecoder(WebSocketDecoderConfig.newBuilder()
                .expectMaskedFrames(false).maxFramePayloadLength(1 << 20).build()));
        client.writeInbound(wire);
        for (int i = 0; i < sizes.length; i++) {
            BinaryWebSocketFrame f = client.readInbound();
            byte[] got = new byte[f.content().readableBytes()];
            f.content().readBytes(got);
            f.release();
            org.junit.jupiter.api.Assertions.assertArrayEquals(payloads[i], got, "frame " + i + " of " + sizes[i] + " bytes");
        }
        assertNull(client.readInbound(), "nothing else on the wire");
        client.finishAndReleaseAll();
    }
}
