package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.record.RecordingWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An observer that asks for at most N state samples a second (the class overview's thumbnails)
 * gets full states that often and every event, next to an observer of every frame; driven by
 * calling doWork() with an injected clock.
 */
class ThinnedObserverTest {
    @TempDir
    Path dir;

    /** What a stub link was sent, messages and the messages of framed writes, in order. */
    private static List<ServerMessage> received(ClientLinkStub link) {
        List<ServerMessage> all = new ArrayList<>(link.sent);
        link.writes.forEach(all::addAll);
        return all;
    }

    private static long count(ClientLinkStub link, ServerMessage.KindCase kind) {
        return received(link).stream().filter(m -> m.getKindCase() == kind).count();
    }

    private static long events(ClientLinkStub link) {
        return received(link).stream().filter(m -> m.getKindCase() == ServerMessage.KindCase.EVENTS)
                .mapToLong(m -> m.getEvents().getKindCount()).sum();
    }

    @Test
    void aThumbnailObserverGetsAFullStateAtItsRateAndEveryEvent() throws Exception {
        Scene scene = Scenes.load("sorting-station");
        AtomicLong clock = new AtomicLong(0);
        SimThread t = new SimThread(0, clock::get);
        Session s = new Session("thin", "C", "owner", scene, 1, 30,
                RecordingWriter.create(dir.resolve("thin.simrec"), scene.id(), 1), 16, 1 << 20, 10_000_000_000L);
        t.add(s);
        ClientLinkStub everyFrame = new ClientLinkStub();
        ClientLinkStub thumbnail = new ClientLinkStub();
        s.submit(new SessionCommand.Observe(everyFrame, 1, Audience.STAFF), CommandReply.NONE);
        s.submit(new SessionCommand.Observe(thumbnail, 2, Audience.STAFF, 10), CommandReply.NONE);
        s.submit(new SessionCommand.Force(scene.layout().indexOf("belt_run"), 1, "teacher"), CommandReply.NONE);
        for (long now = 0; now <= 3_000_000_000L; now += SimThread.GRID_NANOS) { // 3 s: parts arrive, eyes change
            clock.set(now);
            t.doWork();
        }
        long frames = count(everyFrame, ServerMessage.KindCase.DELTA) + count(everyFrame, ServerMessage.KindCase.FULL_STATE);
        long samples = count(thumbnail, ServerMessage.KindCase.FULL_STATE);
        assertEquals(0, count(thumbnail, ServerMessage.KindCase.DELTA), "a thinned observer gets full states only");
        assertTrue(frames >= 85 && frames <= 95, "about 30 frames a second for 3 s: " + frames);
        assertTrue(samples >= 28 && samples <= 33, "about 10 samples a second for 3 s: " + samples);
        assertTrue(events(everyFrame) > 0, "the belt's parts made events");
        assertEquals(events(everyFrame), events(thumbnail), "every event reaches the thinned observer too");
        ServerMessage last = received(thumbnail).stream().filter(m -> m.getKindCase() == ServerMessage.KindCase.FULL_STATE)
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(last.getFullState().getParts().getIdsCount() > 0, "its samples carry the moving parts");
    }
}
