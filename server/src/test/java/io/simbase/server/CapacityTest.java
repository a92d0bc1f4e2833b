package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New sessions are refused while recent step lateness is above the capacity limit. A limit of
 * one nanosecond is always exceeded once steps have run (a step never starts before its
 * deadline), which makes the refusal certain without loading the machine.
 */
class CapacityTest {
    @TempDir
    Path data;

    private static ClientMessage.Builder create() {
        return ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene("conveyor-basics"));
    }

    @Test
    void aServerAboveItsLatenessLimitRefusesNewSessionsAndKeepsTheRunningOne() throws Exception {
        try (ServerFixture f = new ServerFixture(data, b -> b.capacityLatenessMillis(0.000_001));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Ada")) {
                String first = student.ok(create()).getSessionCreated().getSessionId();
                long end = System.nanoTime() + 10_000_000_000L;
                while (f.server.metrics().recentLatenessP99Ms() == 0 && System.nanoTime() < end) {
                    Thread.sleep(100); // the figure is refreshed about once a second
                }
                assertTrue(f.server.metrics().recentLatenessP99Ms() > 0, "steps ran and were measured");
                ServerMessage refused = student.request(create());
                assertTrue(refused.hasError(), refused.toString());
                assertEquals(Error.Code.BUSY, refused.getError().getCode());
                assertTrue(refused.getError().getText().startsWith("server at capacity"), refused.getError().getText());
                assertEquals(1, f.server.metrics().refusedForCapacity.get());
                assertTrue(f.server.sessions().find(first) != null, "the running session goes on");
            }
        }
    }

    @Test
    void withTheLimitOffSessionsAreCreatedWhateverTheLateness() throws Exception {
        try (ServerFixture f = new ServerFixture(data, b -> b.capacityLatenessMillis(0));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Ada")) {
                student.ok(create());
                long end = System.nanoTime() + 10_000_000_000L;
                while (f.server.metrics().recentLatenessP99Ms() == 0 && System.nanoTime() < end) {
                    Thread.sleep(50); // until the recent figure has been refreshed with steps in it
                }
                assertTrue(f.server.metrics().recentLatenessP99Ms() > 0, "steps ran and were measured");
                assertTrue(student.ok(create()).hasSessionCreated());
                assertEquals(0, f.server.metrics().refusedForCapacity.get());
            }
        }
    }
}
