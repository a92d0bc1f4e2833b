package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.PublishedState;
import io.simbase.engine.world.World;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.GetStats;
import io.simbase.protocol.v1.ListRecordings;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OpenReplay;
import io.simbase.protocol.v1.RecordingInfo;
import io.simbase.protocol.v1.ReplayFrame;
import io.simbase.protocol.v1.ReplayMark;
import io.simbase.protocol.v1.ReplayOpened;
import io.simbase.protocol.v1.SeekReplay;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SetInput;
import io.simbase.protocol.v1.Unforce;
import io.simbase.server.client.SessionMirror;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings listed and replayed over a real WebSocket: a frame at any position is the state the
 * engine had after that many steps (a world driven headless with the same inputs at the steps the
 * server acknowledged), forward, back and across a reset; who may read what; bad names and files.
 */
class ReplaySocketTest {
    @TempDir
    Path data;

    @Test
    void aSeekShowsTheEngineStateOfThatStepForwardBackAndAcrossAReset() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada"); TestClient bob = f.student(code, "Bob");
                 TestClient tech = f.technician()) {
                String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(
                        CreateSession.newBuilder().setScene("sorting-station").setSeed(9))).getSessionCreated().getSessionId();
                SessionMirror m = ada.mirror(sid);
                ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                long beltOn = ack(ada.ok(ClientMessage.newBuilder().setSetInput(
                        SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1))));
                ada.until(() -> m.step() > beltOn + 150, "the belt running");
                long forced = ack(teacher.ok(ClientMessage.newBuilder().setForce(
                        Force.newBuilder().setSessionId(sid).setTag("at_pusher1").setValue(1))));
                ada.until(() -> m.step() > forced + 20, "running forced");
                long unforced = ack(teacher.ok(ClientMessage.newBuilder().setUnforce(
                        Unforce.newBuilder().setSessionId(sid).setTag("at_pusher1"))));
                ada.until(() -> m.step() > unforced + 100, "running after the release");

                String rec = f.server.sessions().find(sid).recordingName();
                RecordingInfo live = find(teacher, rec);
                assertTrue(live.getLive(), "listed as live while its session runs");
                assertEquals(Error.Code.RECORDING_LIVE, refusal(teacher, open(rec, 0)));

                long fullBefore = m.fullStates();
                long reset = ack(teacher.ok(ClientMessage.newBuilder().setControl(
                        Control.newBuilder().setSessionId(sid).setAction(Control.Action.RESET))));
                ada.until(() -> m.fullStates() > fullBefore && m.synced() && m.step() < reset, "the plant from its start");
                long again = ack(ada.ok(ClientMessage.newBuilder().setSetInput(
                        SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1))));
                ada.until(() -> m.step() > again + 200 && m.step() < again + 5000, "running again");
                SessionResult end = ada.ok(ClientMessage.newBuilder().setCloseSession(
                        CloseSession.newBuilder().setSessionId(sid))).getResult();

                RecordingInfo listed = find(teacher, rec);
                assertFalse(listed.getLive());
                assertTrue(listed.getEnded());
                assertTrue(listed.getOwner().startsWith("Ada"), listed.getOwner());
                assertEquals(code, listed.getClassCode());
                assertEquals("sorting-station", listed.getScene());
                assertEquals(List.of(rec), names(ada), "a student lists their own recordings");
                assertEquals(List.of(), names(bob), "and nobody else's");
                assertEquals(Error.Code.UNKNOWN_RECORDING, refusal(bob, open(rec, 0)));
                assertEquals(Error.Code.FORBIDDEN, refusal(tech, open(rec, 0)));

                ReplayOpened opened = teacher.ok(open(rec, 0)).getReplayOpened();
                assertEquals(reset + end.getStep(), opened.getEndPosition(), "the timeline counts the steps before the reset too");
                assertTrue(opened.getEnded());
                assertEquals(listed.getOwner(), opened.getOwner());
                assertTrue(opened.getFrame().getState().hasLayout(), "the first frame has the plant's layout");
                assertEquals(List.of("input@" + beltOn, "force@" + forced, "unforce@" + unforced, "reset@" + reset,
                        "input@" + (reset + again), "end@" + (reset + end.getStep())), marks(opened));

                Scene scene = Scenes.load("sorting-station");
                Headless engine = new Headless(scene, beltOn, forced, unforced, reset, again);
                String id = opened.getReplayId();
                for (long p : new long[] {beltOn + 140, forced + 5, reset + again + 150, beltOn + 60, reset, reset + end.getStep()}) {
                    ReplayFrame fr = teacher.ok(seek(id, p)).getReplayFrame();
                    assertEquals(p, fr.getPosition(), "seek to " + p + " (belt " + beltOn + ", force " + forced + ", unforce " + unforced + ", reset " + reset + ", again " + again + ", end " + end.getStep() + ")");
                    engine.assertSame(p, fr.getState());
                }
                ReplayFrame atForce = teacher.ok(seek(id, forced + 5)).getReplayFrame();
                assertEquals(List.of(scene.layout().indexOf("at_pusher1")), atForce.getState().getForcedTagsList(),
                        "staff see the forced tag");
                ReplayFrame clamped = teacher.ok(seek(id, Long.MAX_VALUE)).getReplayFrame();
                assertEquals(reset + end.getStep(), clamped.getPosition(), "a seek past the end stops at the end");

                ReplayOpened mine = ada.ok(open(rec, forced + 5)).getReplayOpened();
                assertTrue(marks(mine).stream().noneMatch(s -> s.startsWith("force") || s.startsWith("unforce")),
                        "a student's timeline has no forces: " + marks(mine));
                assertEquals(List.of(), mine.getFrame().getState().getForcedTagsList(), "nor forced marks");
                engine.assertSame(forced + 5, mine.getFrame().getState());
                assertEquals(Error.Code.UNKNOWN_REPLAY, refusal(bob, seek(mine.getReplayId(), 10)),
                        "a replay id is its opener's");
            }
        }
    }

    @Test
    void unknownCorruptAndDivergingRecordingsAreRefusedWithTheirCodeAndTheServerGoesOn() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            Path dir = f.server.sessions().recordingsDir();
            assertEquals(Error.Code.UNKNOWN_RECORDING, refusal(teacher, open("../users.txt", 0)));
            assertEquals(Error.Code.UNKNOWN_RECORDING, refusal(teacher, open("nope.simrec", 0)));
            Files.writeString(dir.resolve("bad.simrec"), "#simbase-recording 1\nscene sorting-station\nseed 1\nin 10 x 1.0\n",
                    StandardCharsets.UTF_8);
            ServerMessage bad = teacher.request(open("bad.simrec", 0));
            assertEquals(Error.Code.BAD_RECORDING, bad.getError().getCode());
            assertTrue(bad.getError().getText().contains("bad.simrec:4: malformed record"), bad.getError().getText());
            assertFalse(bad.getError().getText().contains(dir.toString()), "the server's folder is not shown");
            Files.writeString(dir.resolve("diverged.simrec"), "#simbase-recording 1\nscene sorting-station\nseed 1\n"
                    + "hash 100 0123456789abcdef\nend 200 0123456789abcdef\n", StandardCharsets.UTF_8);
            ServerMessage diverged = teacher.request(open("diverged.simrec", 0));
            assertEquals(Error.Code.BAD_RECORDING, diverged.getError().getCode());
            assertTrue(diverged.getError().getText().contains("diverged.simrec:4: replay diverged at step 100"),
                    diverged.getError().getText());
            Files.writeString(dir.resolve("no-scene.simrec"), "#simbase-recording 1\nscene no-such-scene\nseed 1\nend 2 00\n",
                    StandardCharsets.UTF_8);
            assertEquals(Error.Code.BAD_RECORDING, refusal(teacher, open("no-scene.simrec", 0)));
            assertEquals(Error.Code.UNKNOWN_REPLAY, refusal(teacher, seek("r0000", 5)));

            List<String> listed = names(teacher);
            assertTrue(listed.containsAll(List.of("bad.simrec", "diverged.simrec")), "listed (opening says what is wrong): " + listed);
            assertTrue(teacher.ok(ClientMessage.newBuilder().setGetStats(GetStats.getDefaultInstance())).hasStats(),
                    "the connection and the server go on");
        }
    }

    /** The sorting station driven headless as the session was: the same inputs at the acknowledged steps. */
    private static final class Headless {
        private final Scene scene;
        private final long beltOn;
        private final long forced;
        private final long unforced;
        private final long reset;
        private final long again;

        Headless(Scene scene, long beltOn, long forced, long unforced, long reset, long again) {
            this.scene = scene;
            this.beltOn = beltOn;
            this.forced = forced;
            this.unforced = unforced;
            this.reset = reset;
            this.again = again;
        }

        World at(long position) {
            int belt = scene.layout().indexOf("belt_run");
            int eye = scene.layout().indexOf("at_pusher1");
            World w = scene.newWorld(9);
            if (position >= reset) {
                w = scene.newWorld(9);
                long local = position - reset;
                if (local >= again) {
                    w.step(again);
                    w.setInput(belt, 1);
                }
                w.step(local - w.stepCount());
                return w;
            }
            long[][] plan = {{beltOn, belt, 1}, {forced, eye, 1}, {unforced, eye, -1}};
            for (long[] in : plan) {
                if (in[0] > position) {
                    break;
                }
                w.step(in[0] - w.stepCount());
                if (in[2] < 0) {
                    w.unforce((int) in[1]);
                } else if (in[1] == eye) {
                    w.force((int) in[1], in[2]);
                } else {
                    w.setInput((int) in[1], in[2]);
                }
            }
            w.step(position - w.stepCount());
            return w;
        }

        void assertSame(long position, FullState s) {
            World w = at(position);
            PublishedState v = w.published();
            assertEquals(v.step(), s.getStep(), "world step at " + position);
            for (int i = 0; i < v.tagCount(); i++) {
                assertEquals(v.tag(i), s.getTags(i), "tag " + scene.layout().tag(i).name() + " at position " + position);
            }
            assertEquals(v.partCount(), s.getParts().getIdsCount(), "parts at " + position);
            for (int i = 0; i < v.partCount(); i++) {
                assertEquals((float) v.partX(i), s.getParts().getXyz(3 * i), "part " + i + " x at " + position);
            }
        }
    }

    private static long ack(ServerMessage m) {
        return m.getInputAck().getStep();
    }

    private static ClientMessage.Builder open(String rec, long position) {
        return ClientMessage.newBuilder().setOpenReplay(OpenReplay.newBuilder().setRecording(rec).setPosition(position));
    }

    private static ClientMessage.Builder seek(String id, long position) {
        return ClientMessage.newBuilder().setSeekReplay(SeekReplay.newBuilder().setReplayId(id).setPosition(position));
    }

    private static Error.Code refusal(TestClient c, ClientMessage.Builder b) throws InterruptedException {
        ServerMessage m = c.request(b);
        assertTrue(m.hasError(), "refused: " + m);
        return m.getError().getCode();
    }

    private static List<RecordingInfo> list(TestClient c) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setListRecordings(ListRecordings.getDefaultInstance())).getRecordings()
                .getRecordingsList();
    }

    private static List<String> names(TestClient c) throws InterruptedException {
        return list(c).stream().map(RecordingInfo::getRecording).toList();
    }

    private static RecordingInfo find(TestClient c, String rec) throws InterruptedException {
        return list(c).stream().filter(r -> r.getRecording().equals(rec)).findFirst().orElseThrow();
    }

    private static List<String> marks(ReplayOpened o) {
        return o.getMarksList().stream().filter(m -> !m.getKind().equals("alarm") && !m.getKind().equals("part_lost"))
                .map(m -> m.getKind() + "@" + m.getPosition()).toList(); // the records' marks; the plant's depend on timing
    }
}
