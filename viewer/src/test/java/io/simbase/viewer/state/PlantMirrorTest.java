package io.simbase.viewer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.Parts;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.StateDelta;
import io.simbase.protocol.v1.TagInfo;
import org.junit.jupiter.api.Test;

class PlantMirrorTest {
    private static final long MS = 1_000_000L;

    private static ServerMessage full(long frame, float pusher, float... partXyz) {
        SessionLayout layout = SessionLayout.newBuilder().setScene("s").addVisualNames("p1.extension_m")
                .addTags(TagInfo.newBuilder().setName("start_pb")).build();
        return ServerMessage.newBuilder().setFullState(FullState.newBuilder().setSessionId("S").setFrame(frame)
                .setLayout(layout).addTags(0).addVisuals(pusher).setParts(parts(partXyz))).build();
    }

    private static Parts parts(float... xyz) {
        Parts.Builder p = Parts.newBuilder();
        for (int i = 0; i < xyz.length / 3; i++) {
            p.addIds(100 + i).addTypes(0).addXyz(xyz[3 * i]).addXyz(xyz[3 * i + 1]).addXyz(xyz[3 * i + 2]);
        }
        return p.build();
    }

    private static ServerMessage delta(long base, float pusher, Parts parts) {
        StateDelta.Builder d = StateDelta.newBuilder().setSessionId("S").setBaseFrame(base).setFrame(base + 1)
                .addVisualIndex(0).addVisualValue(pusher).addTagIndex(0).addTagValue(1);
        if (parts != null) {
            d.setParts(parts);
        }
        return ServerMessage.newBuilder().setDelta(d).build();
    }

    @Test
    void valuesMoveSmoothlyFromTheShownValueToTheNewFrameOverOneFrameInterval() {
        PlantMirror m = new PlantMirror();
        m.apply(full(1, 0f, 1f, 0f, 0.8f), 0);
        m.apply(delta(1, 0.1f, parts(1.1f, 0f, 0.8f)), 33 * MS);
        int v = m.visualIndex("p1", "extension_m");
        float shownBefore = m.visual(v, 66 * MS);
        float partBefore = m.partPosition(0, 0, m.alpha(66 * MS));
        assertEquals(0.1f, shownBefore, 0.002f);
        m.apply(delta(2, 0.2f, parts(1.2f, 0f, 0.8f)), 66 * MS);
        assertEquals(shownBefore, m.visual(v, 66 * MS), 1e-6, "a new frame starts from the value shown: no jump");
        assertEquals(partBefore, m.partPosition(0, 0, m.alpha(66 * MS)), 1e-6);
        float mid = (shownBefore + 0.2f) / 2;
        assertEquals(mid, m.visual(v, 66 * MS + 33_300_000L / 2), 0.002f, "half a frame later: half way");
        assertEquals(0.2f, m.visual(v, 200 * MS), 1e-6, "a late frame holds the last value");
        assertEquals(1.0, m.tag(m.tagIndex("start_pb")));
    }

    @Test
    void aNewPartAppearsWhereItIsAndPartsAreMatchedById() {
        PlantMirror m = new PlantMirror();
        m.apply(full(1, 0f, 1f, 0f, 0.8f), 0);
        m.apply(delta(1, 0f, parts(1.1f, 0f, 0.8f)), 33 * MS);
        float drawn = m.partPosition(0, 0, m.alpha(66 * MS));
        // part 101 is new, first in the list; part 100 moved on
        Parts p = Parts.newBuilder().addIds(101).addTypes(0).addXyz(0.1f).addXyz(0).addXyz(0.8f)
                .addIds(100).addTypes(0).addXyz(1.2f).addXyz(0).addXyz(0.8f).build();
        m.apply(delta(2, 0f, p), 66 * MS);
        float a = m.alpha(66 * MS);
        assertEquals(2, m.partCount());
        assertEquals(101, m.partId(0));
        assertEquals(0.1f, m.partPosition(0, 0, a), 1e-6, "a new part does not fly in");
        assertEquals(drawn, m.partPosition(1, 0, a), 1e-6, "part 100 starts where it was drawn");
        assertEquals(1.2f, m.partPosition(1, 0, 1f), 1e-6);
    }

    @Test
    void aDeltaOnAnotherBaseIsIgnoredUntilTheNextFullState() {
        PlantMirror m = new PlantMirror();
        m.apply(full(1, 0f), 0);
        assertFalse(m.apply(delta(5, 0.3f, null), 33 * MS));
        assertFalse(m.synced());
        assertFalse(m.apply(delta(1, 0.3f, null), 40 * MS), "not even the right base while out of sync");
        assertEquals(0f, m.visualLatest(0));
        assertTrue(m.apply(full(9, 0.25f), 50 * MS));
        assertTrue(m.synced());
        assertEquals(0.25f, m.visual(0, 50 * MS), 1e-6, "a full state after a gap jumps");
    }

    @Test
    void unknownNamesAndIndicesReadAsNothing() {
        PlantMirror m = new PlantMirror();
        m.apply(full(1, 0.5f), 0);
        assertEquals(-1, m.visualIndex("nope", "x"));
        assertEquals(0f, m.visual(-1, 0));
        assertTrue(Double.isNaN(m.tag(-1)));
    }
}
