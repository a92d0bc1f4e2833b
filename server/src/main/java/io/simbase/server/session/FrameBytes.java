package io.simbase.server.session;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Server-to-client WebSocket binary frames written as bytes (RFC 6455 section 5.2: final,
 * opcode 2, unmasked; no extension is negotiated): a frame's events, sample and soft-PLC status
 * become one buffer that the network loop writes as it is, without a frame object or an encoder
 * pass.
 */
public final class FrameBytes {
    private FrameBytes() {
    }

    /** Bytes of one frame carrying {@code payload} bytes. */
    public static int framedSize(int payload) {
        return payload + (payload < 126 ? 2 : payload < 65536 ? 4 : 10);
    }

    /** Appends one frame carrying {@code len} bytes of {@code payload} from {@code off}. */
    public static void writeBinaryFrame(ByteBuf out, byte[] payload, int off, int len) {
        writeHeader(out, len);
        out.writeBytes(payload, off, len);
    }

    /** Appends one frame carrying the readable bytes of {@code payload} (read, not consumed or released). */
    public static void writeBinaryFrame(ByteBuf out, ByteBuf payload) {
        int n = payload.readableBytes();
        writeHeader(out, n);
        out.writeBytes(payload, payload.readerIndex(), n);
    }

    /**
     * A new direct buffer with up to three frames: {@code first} (whole array, may be null), then
     * {@code len} bytes of {@code second} from {@code off} ({@code second} may be null), then
     * {@code thirdLen} bytes of {@code third} from 0 ({@code thirdLen < 0}: none).
     */
    static ByteBuf frames(ByteBufAllocator alloc, byte[] first, byte[] second, int off, int len,
                          byte[] third, int thirdLen) {
        int size = (first == null ? 0 : framedSize(first.length)) + (second == null ? 0 : framedSize(len))
                + (thirdLen < 0 ? 0 : framedSize(thirdLen));
        // Full and unable to grow (max capacity = size): a buffer shared by several connections
        // must never be written into later, e.g. by TLS coalescing the next write into it.
        ByteBuf out = alloc.directBuffer(size, size);
        if (first != null) {
            writeBinaryFrame(out, first, 0, first.length);
        }
        if (second != null) {
            writeBinaryFrame(out, second, off, len);
        }
        if (thirdLen >= 0) {
            writeBinaryFrame(out, third, 0, thirdLen);
        }
        return out;
    }

    private static void writeHeader(ByteBuf out, int n) {
        out.writeByte(0x82); // FIN, opcode 2 (binary); no extension bits: none are negotiated
        if (n < 126) {
            out.writeByte(n);
        } else if (n < 65536) {
            out.writeByte(126);
            out.writeShort(n);
        } else {
            out.writeByte(127);
            out.writeLong(n);
        }
    }
}
