package io.simbase.server.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.Peers;
import io.simbase.server.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rig serve --opcua} in real time, driven by node-opcua (an OPC UA stack no one here
 * wrote) over loopback: browse, read, write, subscribe, refusals, and the certificate trust.
 */
class RigServeOpcUaTest {
    @TempDir
    Path tmp;

    @Test
    void nodeOpcUaBrowsesReadsWritesTheBeltAndSeesThePartsArrive() throws Exception {
        int port = NodeOpcUaClient.freePort();
        RigRun serve = RigRun.start("serve", "--scene", "conveyor-basics", "--opcua", String.valueOf(port), "--bind", "127.0.0.1",
                "--data", tmp.resolve("data").toString(), "--seconds", "120");
        try {
            serve.awaitOutput("serving conveyor-basics as OPC UA at opc.tcp://127.0.0.1:" + port + "/simbase");
            assertTrue(serve.output().contains("None (unsecured: on by default"), serve.output());
            NodeOpcUaClient client = new NodeOpcUaClient(port, tmp.resolve("client-pki"));
            Peers.Result r = client.run(90_000, "None", "browse", "readall",
                    "write", "belt_run", "Boolean", "true",
                    "write", "part_at_end", "Boolean", "true",
                    "watch", "60", "part_at_end", "delivered");
            assertEquals(0, r.exitCode(), r.toString());

            // browse name = tag name, type from the tag, access level 1 (read) for sensors, 3 for
            // actuators and panel buttons, description from the scene
            assertEquals(List.of(
                    "start_pb Boolean 3 \"Start push button (NO)\"",
                    "stop_pb Boolean 3 \"Stop push button (NC, reads 1 when not pressed)\"",
                    "part_at_end Boolean 1 \"Photo eye at the end of the belt\"",
                    "delivered Int32 1 \"Parts counted into the bin\"",
                    "belt_run Boolean 3 \"Belt motor contactor\"",
                    "running_light Boolean 3 \"Running pilot light (green)\""), NodeOpcUaClient.lines(r, "node"));
            assertEquals(List.of("start_pb false Good", "stop_pb true Good", "part_at_end false Good",
                    "delivered 0 Good", "belt_run false Good", "running_light false Good"),
                    NodeOpcUaClient.lines(r, "value"));
            assertEquals(List.of("belt_run Good", "part_at_end BadNotWritable"), NodeOpcUaClient.lines(r, "write"));

            // with the belt running, boxes pass the eye (on, off) and drop into the bin (1, 2)
            List<String> changes = NodeOpcUaClient.lines(r, "change");
            List<String> eye = changes.stream().filter(c -> c.startsWith("part_at_end ")).toList();
            List<String> bin = changes.stream().filter(c -> c.startsWith("delivered ")).toList();
            assertTrue(eye.size() >= 2 && eye.get(0).equals("part_at_end true") && eye.get(1).equals("part_at_end false"),
                    r.toString());
            assertTrue(bin.size() >= 2 && bin.get(0).equals("delivered 1") && bin.get(1).equals("delivered 2"),
                    r.toString());

            // the client that wrote the belt has gone: the watchdog's safe state
            serve.awaitOutput("comm lost: opcua session");
            assertTrue(serve.output().contains("2 actuators to zero"), serve.output());
        } finally {
            assertEquals(0, serve.stop(), serve.errors());
        }
        assertTrue(serve.output().contains("stopped: steps="), serve.output());
    }

    @Test
    void aWriterThatVanishesPutsTheActuatorsToZeroWhenItsSessionTimesOut() throws Exception {
        int port = NodeOpcUaClient.freePort();
        RigRun serve = RigRun.start("serve", "--scene", "conveyor-basics", "--opcua", String.valueOf(port), "--bind", "127.0.0.1",
                "--data", tmp.resolve("data").toString(), "--opcua-trust-all", "--seconds", "120");
        try {
            serve.awaitOutput("serving conveyor-basics as OPC UA");
            assertTrue(serve.output().contains("warning: --opcua-trust-all accepts every client certificate"),
                    serve.output());
            assertTrue(serve.output().contains("session timeout: at most 10.0 s"), serve.output());
            NodeOpcUaClient client = new NodeOpcUaClient(port, tmp.resolve("client-pki"));
            // any certificate passes with --opcua-trust-all, nothing trusted by hand
            Peers.Result secure = client.run(60_000, "SignAndEncrypt", "readall");
            assertTrue(secure.output().contains("connected SignAndEncrypt"), secure.toString());
            // a reader that vanishes changes nothing; the writer that vanishes trips the watchdog
            Peers.Result reader = client.run(60_000, "None", "readall", "abandon");
            assertTrue(reader.output().contains("abandoned"), reader.toString());
            Peers.Result writer = client.run(60_000, "None", "write", "belt_run", "Boolean", "true",
                    "write", "running_light", "Boolean", "true", "abandon");
            assertEquals(List.of("belt_run Good", "running_light Good"), NodeOpcUaClient.lines(writer, "write"));
            assertTrue(serve.output().contains("writes outputs"), serve.output());

            // its session times out (3 s, as the client asked): the watchdog's safe state, once
            serve.awaitOutput("comm lost: opcua session");
            assertEquals(1, serve.output().split("comm lost", -1).length - 1, serve.output());
            Peers.Result after = client.run(60_000, "None", "readall");
            List<String> values = NodeOpcUaClient.lines(after, "value");
            assertTrue(values.contains("belt_run false Good") && values.contains("running_light false Good"),
                    after.toString());
        } finally {
            assertEquals(0, serve.stop(), serve.errors());
        }
    }

    @Test
    void analogTagsAreEngineeringUnitsAndWritesOutOfRangeAreRefused() throws Exception {
        int port = NodeOpcUaClient.freePort();
        RigRun serve = RigRun.start("serve", "--scene", "tank-level", "--opcua", String.valueOf(port), "--bind", "127.0.0.1",
                "--data", tmp.resolve("data").toString(), "--seconds", "120");
        try {
            serve.awaitOutput("serving tank-level as OPC UA");
            NodeOpcUaClient client = new NodeOpcUaClient(port, tmp.resolve("client-pki"));
            Peers.Result r = client.run(60_000, "None", "props", "level",
                    "write", "fill_valve", "Double", "150",
                    "write", "fill_valve", "Int32", "40",
                    "write", "fill_valve", "Double", "40",
                    "wait", "300", "readall");
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals(List.of("level EURange {\"low\":0,\"high\":3}", "level EngineeringUnits {\"displayName\":\"m\"}"),
                    NodeOpcUaClient.lines(r, "prop"));
            assertEquals(List.of("fill_valve BadOutOfRange", "fill_valve BadTypeMismatch", "fill_valve Good"),
                    NodeOpcUaClient.lines(r, "write"));
            List<String> values = NodeOpcUaClient.lines(r, "value");
            assertTrue(values.contains("fill_valve 40 Good"), r.toString());
            String level = values.stream().filter(v -> v.startsWith("level ")).findFirst().orElseThrow();
            double metres = Double.parseDouble(level.split(" ")[1]);
            assertTrue(metres > 0.5 && metres < 2.0, "level in metres, not a scaled count: " + level);
        } finally {
            assertEquals(0, serve.stop(), serve.errors());
        }
    }

    @Test
    void signAndEncryptAcceptsAClientOnlyOnceATechnicianTrustedIt() throws Exception {
        int port = NodeOpcUaClient.freePort();
        Path data = tmp.resolve("data");
        RigRun serve = RigRun.start("serve", "--scene", "conveyor-basics", "--opcua", String.valueOf(port), "--bind", "127.0.0.1",
                "--data", data.toString(), "--opcua-secure-only", "--seconds", "120");
        try {
            serve.awaitOutput("serving conveyor-basics as OPC UA");
            assertFalse(serve.output().contains("None (unsecured"), serve.output());
            assertTrue(Files.isRegularFile(data.resolve("opcua").resolve("server-keystore.pfx")));
            NodeOpcUaClient client = new NodeOpcUaClient(port, tmp.resolve("client-pki"));
            Path cert = client.certificate();

            Peers.Result untrusted = client.run(60_000, "SignAndEncrypt", "readall");
            assertEquals(3, untrusted.exitCode(), untrusted.toString());
            serve.awaitOutput("opcua: refused client certificate");
            Peers.Result unsecured = client.run(60_000, "None", "readall");
            assertEquals(3, unsecured.exitCode(), "None is off with --opcua-secure-only: " + unsecured);

            assertEquals(0, Main.execute("opcua", "trust", cert.toString(), "--data", data.toString()));
            // the trust list is watched; the next connection counts
            Peers.await(20_000, "the trusted client to connect", () -> {
                try {
                    return client.run(60_000, "SignAndEncrypt", "readall").output().contains("connected SignAndEncrypt");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            Peers.Result trusted = client.run(60_000, "SignAndEncrypt", "readall");
            assertEquals(0, trusted.exitCode(), trusted.toString());
            assertTrue(NodeOpcUaClient.lines(trusted, "value").contains("stop_pb true Good"), trusted.toString());
            Peers.Result signed = client.run(60_000, "Sign", "readall");
            assertTrue(signed.output().contains("connected Sign"), signed.toString());
        } finally {
            assertEquals(0, serve.stop(), serve.errors());
        }
    }
}
