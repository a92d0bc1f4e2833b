package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.PublishedState;
import io.simbase.engine.world.World;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.StateDelta;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The hand-written delta encoding parses with the generated classes and rebuilds the state. */
class DeltaEncoderTest {
    @Test
    void deltasParseAndApplyingThemRebuildsEveryTagVisualAndPart() throws Exception {
        World w = Scenes.load("sorting-station").newWorld(11);
        w.setInput("belt_run", 1);
        PublishedState prev = w.published().newView();
        PublishedState cur = w.published().newView();
        w.published().readInto(prev);
        double[] tags = new double[prev.tagCount()];
        float[] visuals = new float[prev.visualCount()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = prev.tag(i);
        }
        for (int i = 0; i < visuals.length; i++) {
            visuals[i] = (float) prev.visual(i);
        }
        DeltaEncoder enc = new DeltaEncoder("s-test", prev.tagCount(), prev.visualCount(), w.scene().maxParts());
        int withParts = 0;
        for (int frame = 1; frame <= 300; frame++) {
            w.step(7);
            w.published().readInto(cur);
            int len = enc.encode(frame, frame - 1, prev, cur);
            ServerMessage m = ServerMessage.parseFrom(Arrays.copyOf(enc.buffer(), len));
            assertTrue(m.hasDelta());
            StateDelta d = m.getDelta();
            assertEquals("s-test", d.getSessionId());
            assertEquals(frame, d.getFrame());
            assertEquals(frame - 1, d.getBaseFrame());
            assertEquals(cur.step(), d.getStep());
            assertEquals(cur.simNanos(), d.getSimNanos());
            for (int k = 0; k < d.getTagIndexCount(); k++) {
                tags[d.getTagIndex(k)] = d.getTagValue(k);
            }
            for (int k = 0; k < d.getVisualIndexCount(); k++) {
                visuals[d.getVisualIndex(k)] = d.getVisualValue(k);
            }
            for (int i = 0; i < tags.length; i++) {
                assertEquals(cur.tag(i), tags[i], "tag " + i + " at frame " + frame);
            }
            for (int i = 0; i < visuals.length; i++) {
                assertEquals((float) cur.visual(i), visuals[i], "visual " + i + " at frame " + frame);
            }
            if (d.hasParts()) {
                withParts++;
                assertEquals(cur.partCount(), d.getParts().getIdsCount());
                for (int i = 0; i < cur.partCount(); i++) {
                    assertEquals(cur.partId(i), d.getParts().getIds(i));
                    assertEquals((float) cur.partX(i), d.getParts().getXyz(3 * i));
                }
            }
            PublishedState t = prev;
            prev = cur;
            cur = t;
        }
        assertTrue(withParts > 0, "parts moved on the running belt");
    }

    @Test
    void engineEventKindsMapOneToOneOntoTheWireEnum() {
        for (io.simbase.engine.core.EventKind k : io.simbase.engine.core.EventKind.values()) {
            assertEquals(k.name(), io.simbase.protocol.v1.EventKind.forNumber(k.ordinal() + 1).name());
        }
    }
}
