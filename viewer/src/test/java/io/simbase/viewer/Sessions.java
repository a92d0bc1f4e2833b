package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.SessionSummary;
import java.util.concurrent.TimeUnit;

/** Finding the session a viewer opened, from the instructor's side. */
final class Sessions {
    private Sessions() {
    }

    /** Polls the class's sessions until one whose owner names {@code owner} is observed by at least one client. */
    static SessionSummary awaitWatched(LiveServer.Staff staff, String classCode, String owner, long seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            for (SessionSummary s : staff.request(ClientMessage.newBuilder()
                    .setListSessions(ListSessions.newBuilder().setClassCode(classCode))).getSessionList().getSessionsList()) {
                if (s.getOwner().contains(owner) && s.getObservers() >= 1) { // students: name qualified by the class
                    return s;
                }
            }
            assertTrue(System.nanoTime() < deadline, "no session of " + owner + " watched after " + seconds + " s");
            Thread.sleep(100);
        }
    }
}
