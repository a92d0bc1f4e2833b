package io.simbase.server.session;

import io.simbase.engine.world.PublishedState;
import java.nio.charset.StandardCharsets;

/**
 * Encodes a {@code ServerMessage{delta: StateDelta}} between two published views straight
 * into a reusable byte array, in protobuf wire format (readable by the generated
 * {@code ServerMessage.parseFrom}). Owned by one session's sim thread; allocates nothing after
 * construction.
 *
 * <pre>
 * ServerMessage   [8A 01][len]  field 17 = StateDelta
 *   StateDelta    [0A len session_id][10 frame][18 base_frame][20 step][28 sim_nanos]
 *                 [32 len tag_index varints][3A len tag_value doubles]
 *                 [42 len visual_index varints][4A len visual_value floats]
 *                 [52 len Parts[0A len ids][12 len types][1A len xyz floats]]
 * </pre>
 *
 * A tag is in the delta when its value differs from the previous frame's (exact double
 * compare); a visual when its float value differs; parts are sent whole when any part was
 * added, removed or moved.
 */
public final class DeltaEncoder {
    private final byte[] sessionId;
    private final int[] tagIdx;
    private final int[] visIdx;
    private final byte[] out;
    private int pos;

    public DeltaEncoder(String sessionId, int tagCount, int visualCount, int partCapacity) {
        this.sessionId = sessionId.getBytes(StandardCharsets.UTF_8);
        this.tagIdx = new int[tagCount];
        this.visIdx = new int[visualCount];
        int max = 16 + this.sessionId.length + 5 * 10
                + tagCount * (5 + 8) + visualCount * (5 + 4) + partCapacity * (10 + 5 + 12) + 64;
        this.out = new byte[max];
    }

    /** The encoded bytes are {@code buffer()[0..length)} after {@link #encode}. */
    public byte[] buffer() {
        return out;
    }

    /** Encodes the delta from {@code prev} (frame {@code baseFrame}) to {@code cur}; returns its length. */
    public int encode(long frame, long baseFrame, PublishedState prev, PublishedState cur) {
        int nTags = 0;
        int tagIdxBytes = 0;
        for (int i = 0, n = cur.tagCount(); i < n; i++) {
            if (Double.doubleToRawLongBits(cur.tag(i)) != Double.doubleToRawLongBits(prev.tag(i))) {
                tagIdx[nTags++] = i;
                tagIdxBytes += varintSize(i);
            }
        }
        int nVis = 0;
        int visIdxBytes = 0;
        for (int i = 0, n = cur.visualCount(); i < n; i++) {
            if (Float.floatToRawIntBits((float) cur.visual(i)) != Float.floatToRawIntBits((float) prev.visual(i))) {
                visIdx[nVis++] = i;
                visIdxBytes += varintSize(i);
            }
        }
        int nParts = cur.partCount();
        boolean partsChanged = nParts != prev.partCount();
        for (int i = 0; i < nParts && !partsChanged; i++) {
            partsChanged = cur.partId(i) != prev.partId(i) || cur.partType(i) != prev.partType(i)
                    || (float) cur.partX(i) != (float) prev.partX(i)
                    || (float) cur.partY(i) != (float) prev.partY(i)
                    || (float) cur.partZ(i) != (float) prev.partZ(i);
        }
        int idsBytes = 0;
        int typesBytes = 0;
        int partsBytes = 0;
        if (partsChanged) {
            for (int i = 0; i < nParts; i++) {
                idsBytes += varintSize(cur.partId(i));
                typesBytes += varintSize(cur.partType(i));
            }
            partsBytes = packedSize(idsBytes) + packedSize(typesBytes) + packedSize(nParts * 12);
        }
        long step = cur.step();
        long simNanos = cur.simNanos();
        int deltaBytes = 1 + varintSize(sessionId.length) + sessionId.length
                + 1 + varintSize(frame) + 1 + varintSize(baseFrame) + 1 + varintSize(step) + 1 + varintSize(simNanos)
                + packedSize(tagIdxBytes) + packedSize(nTags * 8)
                + packedSize(visIdxBytes) + packedSize(nVis * 4)
                + (partsChanged ? 1 + varintSize(partsBytes) + partsBytes : 0);

        pos = 0;
        out[pos++] = (byte) 0x8A;
        out[pos++] = 0x01;
        writeVarint(deltaBytes);
        out[pos++] = 0x0A;
        writeVarint(sessionId.length);
        System.arraycopy(sessionId, 0, out, pos, sessionId.length);
        pos += sessionId.length;
        out[pos++] = 0x10;
        writeVarint(frame);
        out[pos++] = 0x18;
        writeVarint(baseFrame);
        out[pos++] = 0x20;
        writeVarint(step);
        out[pos++] = 0x28;
        writeVarint(simNanos);
        if (nTags > 0) {
            out[pos++] = 0x32;
            writeVarint(tagIdxBytes);
            for (int k = 0; k < nTags; k++) {
                writeVarint(tagIdx[k]);
            }
            out[pos++] = 0x3A;
            writeVarint(nTags * 8);
            for (int k = 0; k < nTags; k++) {
                writeFixed64(Double.doubleToRawLongBits(cur.tag(tagIdx[k])));
            }
        }
        if (nVis > 0) {
            out[pos++] = 0x42;
            writeVarint(visIdxBytes);
            for (int k = 0; k < nVis; k++) {
                writeVarint(visIdx[k]);
            }
            out[pos++] = 0x4A;
            writeVarint(nVis * 4);
            for (int k = 0; k < nVis; k++) {
                writeFixed32(Float.floatToRawIntBits((float) cur.visual(visIdx[k])));
            }
        }
        if (partsChanged) {
            out[pos++] = 0x52;
            writeVarint(partsBytes);
            if (nParts > 0) {
                out[pos++] = 0x0A;
                writeVarint(idsBytes);
                for (int i = 0; i < nParts; i++) {
                    writeVarint(cur.partId(i));
                }
                out[pos++] = 0x12;
                writeVarint(typesBytes);
                for (int i = 0; i < nParts; i++) {
                    writeVarint(cur.partType(i));
                }
                out[pos++] = 0x1A;
                writeVarint(nParts * 12);
                for (int i = 0; i < nParts; i++) {
                    writeFixed32(Float.floatToRawIntBits((float) cur.partX(i)));
                    writeFixed32(Float.floatToRawIntBits((float) cur.partY(i)));
                    writeFixed32(Float.floatToRawIntBits((float) cur.partZ(i)));
                }
            }
        }
        return pos;
    }

    /** Bytes of a packed field (tag + length + payload); 0 when empty, as it is omitted. */
    private static int packedSize(int payload) {
        return payload == 0 ? 0 : 1 + varintSize(payload) + payload;
    }

    static int varintSize(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    private void writeVarint(long v) {
        while ((v & ~0x7FL) != 0) {
            out[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[pos++] = (byte) v;
    }

    private void writeFixed64(long v) {
        for (int i = 0; i < 8; i++) {
            out[pos++] = (byte) (v >>> (8 * i));
        }
    }

    private void writeFixed32(int v) {
        for (int i = 0; i < 4; i++) {
            out[pos++] = (byte) (v >>> (8 * i));
        }
    }
}
