package io.simbase.server.rig;

import io.simbase.bridge.testing.MbpollOutput;

import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.PtyPair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rig serve --serial} with the bundled conveyor scene stepping in real time, driven by
 * Debian's mbpoll over a socat pty pair.
 */
class RigServeSerialTest {
    @TempDir
    Path dir;
    PtyPair pty;
    RigRun serve;

    @BeforeEach
    void start() throws Exception {
        pty = new PtyPair(dir);
        serve = RigRun.start("serve", "--scene", "conveyor-basics", "--serial", pty.a(), "--unit", "3",
                "--baud", "38400", "--seconds", "120");
        serve.awaitOutput("serving conveyor-basics");
    }

    @AfterEach
    void stop() throws Exception {
        if (serve != null) {
            serve.stop();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private Peers.Result mbpoll(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mbpoll", "-m", "rtu", "-b", "38400", "-P", "none",
                "-a", "3", "-0", "-1", "-o", "2"));
        cmd.addAll(List.of(args));
        cmd.add(cmd.indexOf("-o") + 2, pty.b());
        return Peers.run(20_000, cmd.toArray(new String[0]));
    }

    @Test
    void mbpollReadsTheWorldsSensorsAndActuators() throws Exception {
        // conveyor-basics: di start_pb, stop_pb (NC: 1 when not pressed), part_at_end; ir delivered;
        // coils belt_run, running_light.
        Peers.Result di = mbpoll("-t", "1", "-r", "0", "-c", "3");
        assertEquals(List.of(0, 1, 0), MbpollOutput.values(di), di.toString());
        Peers.Result ir = mbpoll("-t", "3", "-r", "0", "-c", "1");
        assertEquals(List.of(0), MbpollOutput.values(ir), ir.toString());
        Peers.Result co = mbpoll("-t", "0", "-r", "0", "-c", "2");
        assertEquals(List.of(0, 0), MbpollOutput.values(co), co.toString());
    }

    @Test
    void coilWritesReachTheWorldBetweenSteps() throws Exception {
        Peers.Result w = mbpoll("-t", "0", "-r", "0", "1", "1");
        assertEquals(0, w.exitCode(), w.toString());
        Peers.await(10_000, "belt_run and running_light to read back 1 from the world", () -> {
            try {
                return MbpollOutput.values(mbpoll("-t", "0", "-r", "0", "-c", "2")).equals(List.of(1, 1));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void badAddressAndBadFunctionGetExceptions() throws Exception {
        Peers.Result r = mbpoll("-t", "1", "-r", "2", "-c", "2");
        assertNotEquals(0, r.exitCode(), r.toString());
        assertTrue(r.output().toLowerCase().contains("illegal data address"), r.toString());
        Peers.Result hr = mbpoll("-t", "4", "-r", "0");
        assertTrue(hr.output().toLowerCase().contains("illegal data address"), hr.toString());
    }

    @Test
    void unpluggedPortComesBackWithoutRestartingTheScene() throws Exception {
        pty.kill();
        serve.awaitOutput("link offline");
        pty.restart();
        Peers.await(40_000, "the slave to answer again on the re-created pty", () -> {
            try {
                return MbpollOutput.values(mbpoll("-t", "1", "-r", "1", "-c", "1")).equals(List.of(1));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        serve.awaitOutput("link online");
    }
}
