package io.simbase.server.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.MbpollOutput;
import io.simbase.bridge.testing.Peers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: {@code rig serve} can be operated from the terminal (panel commands on standard
 * input, read back by a real Modbus client), has a comm-loss watchdog by default, and a TCP
 * slave listens on every interface and says so.
 */
class RigServePanelTest {
    @Test
    void panelCommandsOnStdinPressAndReleaseButtonsAsAPlcReadsThem() throws Exception {
        RigRun serve = RigRun.start("serve", "--scene", "conveyor-basics", "--tcp", "0", "--seconds", "120");
        try {
            serve.awaitOutput("panel: type 'press TAG'");
            String port = port(serve);
            // conveyor-basics: di 0 start_pb (NO), di 1 stop_pb (NC: 1 while released)
            assertEquals(List.of(0, 1), discreteInputs(port));

            serve.type("press start_pb");
            serve.awaitOutput("panel: start_pb pressed");
            Peers.await(10_000, "start_pb to read 1", () -> discreteInputs(port).equals(List.of(1, 1)));

            serve.type("release start_pb");
            serve.type("press stop_pb");
            serve.awaitOutput("panel: stop_pb pressed");
            Peers.await(10_000, "start_pb released, stop_pb pressed (NC reads 0)",
                    () -> discreteInputs(port).equals(List.of(0, 0)));

            serve.type("press belt_run");
            serve.awaitOutput("panel: 'belt_run' is not a panel control of this scene (start_pb (bool), stop_pb (bool))");
            serve.type("wiggle start_pb");
            serve.awaitOutput("panel: unknown command 'wiggle'");
            serve.type("set start_pb 2");
            serve.awaitOutput("panel: start_pb: 2 is out of bool");
            serve.type("release stop_pb");
            serve.awaitOutput("panel: stop_pb released");
            Peers.await(10_000, "stop_pb released again", () -> discreteInputs(port).equals(List.of(0, 1)));
        } finally {
            assertEquals(0, serve.stop(), serve.errors());
        }
    }

    @Test
    void setpointsAreSetInTheirRange() throws Exception {
        RigRun serve = RigRun.start("serve", "--scene", "tank-level", "--tcp", "0", "--seconds", "120");
        try {
            serve.awaitOutput("panel: type 'press TAG'");
            assertTrue(serve.output().contains("setpoint (real"), serve.output());
            serve.type("set setpoint 1.5");
            serve.awaitOutput("panel: setpoint set to 1.5");
            serve.type("set setpoint 99");
            serve.awaitOutput("panel: setpoint: 99 is out of real");
            serve.type("set setpoint abc");
            serve.awaitOutput("panel: set setpoint: 'abc' is not a number");
        } finally {
            assertEquals(0, serve.stop(), serve.errors());
        }
    }

    @Test
    void withoutARigFileTheSlaveHasAWatchdogAndListensOnEveryInterface() throws Exception {
        RigRun serve = RigRun.start("serve", "--scene", "conveyor-basics", "--tcp", "0", "--seconds", "120");
        try {
            serve.awaitOutput("serving conveyor-basics");
            assertTrue(serve.output().contains("watchdog " + RigServeCommand.DEFAULT_WATCHDOG_MILLIS + " ms to zero"),
                    serve.output());
            assertTrue(serve.output().contains("0.0.0.0:"), serve.output());
            assertTrue(serve.output().contains("every interface"), serve.output());
            // nobody polls: the default watchdog trips
            serve.awaitOutput("comm lost: no request for");
        } finally {
            assertEquals(0, serve.stop(), serve.errors());
        }
    }

    @Test
    void watchdogCanBeTurnedOffAndBindRestrictedOnTheCommandLine() throws Exception {
        RigRun serve = RigRun.start("serve", "--scene", "conveyor-basics", "--tcp", "0", "--watchdog-ms", "0",
                "--bind", "127.0.0.1", "--seconds", "120");
        try {
            serve.awaitOutput("serving conveyor-basics");
            assertTrue(serve.output().contains("127.0.0.1:"), serve.output());
            assertTrue(serve.output().contains("this machine only"), serve.output());
            assertTrue(!serve.output().contains("watchdog"), serve.output());
        } finally {
            assertEquals(0, serve.stop(), serve.errors());
        }
    }

    private static String port(RigRun serve) {
        Matcher m = Pattern.compile("Modbus TCP on [0-9.]+:(\\d+)").matcher(serve.output());
        assertTrue(m.find(), serve.output());
        return m.group(1);
    }

    private static List<Integer> discreteInputs(String port) {
        try {
            return MbpollOutput.values(Peers.run(20_000, "mbpoll", "-m", "tcp", "-p", port, "-0", "-1", "-o", "2",
                    "-t", "1", "-r", "0", "-c", "2", "127.0.0.1"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
