package io.simbase.server.rig;

import io.simbase.bridge.testing.MbpollOutput;

import io.simbase.bridge.testing.Peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code rig serve --tcp} with the tank scene in real time, driven by Debian's mbpoll over loopback. */
class RigServeTcpTest {
    @Test
    void mbpollWritesAValveAndReadsTheLevelFromTheRunningWorld() throws Exception {
        RigRun serve = RigRun.start("serve", "--scene", "tank-level", "--tcp", "0", "--seconds", "120");
        try {
            serve.awaitOutput("serving tank-level");
            Matcher m = Pattern.compile("0\\.0\\.0\\.0:(\\d+)").matcher(serve.output()); // every interface (issue 9)
            assertTrue(m.find(), serve.output());
            String port = m.group(1);

            // tank-level: hr 0 fill_valve (0..100 %), ir 0 level (0..3 m, starts at 1 m).
            Peers.Result w = Peers.run(20_000, "mbpoll", "-m", "tcp", "-p", port, "-0", "-1", "-o", "2",
                    "-t", "4", "-r", "0", "127.0.0.1", "10000");
            assertEquals(0, w.exitCode(), w.toString());
            Peers.await(10_000, "fill_valve to read back fully open", () -> read(port, "4", "0").equals(List.of(10000)));

            int first = read(port, "3", "0").get(0);
            Peers.await(20_000, "the level to rise with the fill valve open",
                    () -> read(port, "3", "0").get(0) > first);
        } finally {
            assertEquals(0, serve.stop());
        }
        assertTrue(serve.output().contains("stopped: state="), serve.output());
    }

    private static List<Integer> read(String port, String table, String ref) {
        try {
            return MbpollOutput.values(Peers.run(20_000, "mbpoll", "-m", "tcp", "-p", port, "-0", "-1", "-o", "2",
                    "-t", table, "-r", ref, "127.0.0.1"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
