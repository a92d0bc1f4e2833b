package io.simbase.server.rig;

import io.simbase.bridge.testing.MbpollOutput;

import io.simbase.bridge.testing.Peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code rig serve --rig FILE}: the bundled TCP example's map and watchdog against the tank scene. */
class RigServeRigFileTest {
    private static final Path EXAMPLE = Path.of("..", "assets", "src", "main", "resources", "simbase", "rigs",
            "tank-plc-tcp.yaml");

    @Test
    void rigFileMapAndWatchdogApply() throws Exception {
        // The example listens on 5020; --tcp 0 overrides it with a free port.
        RigRun serve = RigRun.start("serve", "--scene", "tank-level", "--rig", EXAMPLE.toString(), "--tcp", "0",
                "--seconds", "120");
        try {
            serve.awaitOutput("watchdog 2000 ms to zero");
            serve.awaitOutput("  ir 0 level sensor scaled");
            Matcher m = Pattern.compile("0\\.0\\.0\\.0:(\\d+)").matcher(serve.output()); // every interface (issue 9)
            assertTrue(m.find(), serve.output());
            String port = m.group(1);

            // fill_valve is a plain percentage (uint16) at hr 0 in this rig's map
            Peers.Result w = mbpoll(port, "-t", "4", "-r", "0", "127.0.0.1", "100");
            assertEquals(0, w.exitCode(), w.toString());
            Peers.await(10_000, "fill_valve at 100 %", () -> read(port, "4", "0").equals(List.of(100)));
            // the level in Siemens scaling: 1 m of 3 m is about 9216 of 27648, and rising
            Peers.await(10_000, "the level to read above 9216", () -> read(port, "3", "0").get(0) > 9216);

            serve.awaitOutput("comm lost: no request for ");
            Peers.await(10_000, "fill_valve back to 0 after comm loss", () -> read(port, "4", "0").equals(List.of(0)));
            serve.awaitOutput("comm restored");
        } finally {
            int exit = serve.stop();
            assertEquals(0, exit, serve.output() + serve.errors());
        }
    }

    private static Peers.Result mbpoll(String port, String... args) throws Exception {
        String[] cmd = new String[7 + args.length];
        System.arraycopy(new String[] {"mbpoll", "-m", "tcp", "-p", port, "-0", "-1"}, 0, cmd, 0, 7);
        System.arraycopy(args, 0, cmd, 7, args.length);
        return Peers.run(20_000, cmd);
    }

    private static List<Integer> read(String port, String table, String ref) {
        try {
            return MbpollOutput.values(mbpoll(port, "-t", table, "-r", ref, "127.0.0.1"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
