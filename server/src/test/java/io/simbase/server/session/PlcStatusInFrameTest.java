package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.plc.CompileResult;
import io.simbase.protocol.v1.PlcStatus;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.plc.SessionPlc;
import io.simbase.server.record.RecordingWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running soft PLC's status travels in the frame's one write to each observer (events,
 * state, then status as separate WebSocket messages), never as a write of its own per frame;
 * the watch deltas applied in order rebuild the PLC's values exactly.
 */
class PlcStatusInFrameTest {
    @TempDir
    Path dir;

    @Test
    void eachFrameIsOneWriteCarryingStateAndStatusAndTheDeltasRebuildTheWatch() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        Session s = new Session("p", "C", "owner", scene, 1, 30,
                RecordingWriter.create(dir.resolve("p.simrec"), scene.id(), 1), 16, 1 << 20, 10_000_000_000L);
        String source;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("simbase/programs/sorting-station.st")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CompileResult c = SessionPlc.compile(source, "sorting.st", scene.layout());
        assertTrue(c.ok(), () -> c.errors().toString());
        ClientLinkStub student = new ClientLinkStub();
        ClientLinkStub instructor = new ClientLinkStub();
        s.apply(new SessionCommand.Observe(student, 1, Audience.STUDENT));
        s.apply(new SessionCommand.PlcLoad(c.program(), source, "sorting.st", "owner"));
        s.apply(new SessionCommand.PlcRun("owner"));
        s.apply(new SessionCommand.SetInput(scene.layout().indexOf("start_pb"), 1));
        s.apply(new SessionCommand.Observe(instructor, 2, Audience.STAFF)); // joins late: full status
        int statusWritesBefore = student.writes.size();
        SimThread.Counters counters = new SimThread.Counters();
        int frames = 300;
        for (int f = 0; f < frames; f++) {
            for (int k = 0; k < 7; k++) {
                s.step();
            }
            s.publishFrame(counters, f * 33_000_000L);
        }
        for (ClientLinkStub link : List.of(student, instructor)) {
            List<List<ServerMessage>> frameWrites = link.writes.subList(link.writes.size() - frames, link.writes.size());
            int withStatus = 0;
            for (List<ServerMessage> w : frameWrites) {
                assertTrue(w.get(0).hasDelta() || w.get(0).hasEvents(), "the frame comes first: " + w);
                ServerMessage last = w.get(w.size() - 1);
                if (last.hasPlcStatus()) {
                    withStatus++;
                    assertTrue(last.getPlcStatus().getWatchDelta());
                }
            }
            assertTrue(withStatus > frames / 2, "a running sort changes its watch nearly every frame: " + withStatus);
            assertFalse(link.sent.stream().skip(3).anyMatch(ServerMessage::hasPlcStatus),
                    "no status is sent on its own after the program was loaded");
        }
        assertEquals(statusWritesBefore + frames, student.writes.size(), "one write per frame");

        // Apply every status the instructor got in order: the result is the PLC's watch now.
        double[] rebuilt = null;
        for (List<ServerMessage> w : instructor.writes) {
            for (ServerMessage m : w) {
                if (!m.hasPlcStatus()) {
                    continue;
                }
                PlcStatus st = m.getPlcStatus();
                if (!st.getWatchDelta()) {
                    rebuilt = st.getWatchValuesList().stream().mapToDouble(Double::doubleValue).toArray();
                } else {
                    for (int i = 0; i < st.getWatchIndexCount(); i++) {
                        rebuilt[st.getWatchIndex(i)] = st.getWatchValues(i);
                    }
                }
            }
        }
        ClientLinkStub late = new ClientLinkStub();
        s.apply(new SessionCommand.Observe(late, 3, Audience.STAFF));
        PlcStatus full = late.writes.get(late.writes.size() - 1).get(0).getPlcStatus();
        assertFalse(full.getWatchDelta());
        assertEquals(PlcStatus.State.RUN, full.getState());
        assertEquals(full.getWatchValuesList().toString(),
                java.util.Arrays.toString(rebuilt), "the deltas applied in order give a late observer's full status");
    }
}
