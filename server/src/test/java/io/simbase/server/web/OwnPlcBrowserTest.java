package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.Peers;
import io.simbase.server.SimBaseServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Connect my PLC" panel in Debian's Chromium: a student opens their session's PLC port,
 * reads address, unit id and map, in English and in Chinese; a PLC (mbpoll) claims the port and
 * runs the belt, and the panel shows its address.
 */
class OwnPlcBrowserTest {
    private static final String CODE = "PLC123";
    private static SimBaseServer server;
    private static Chromium chromium;
    private static int firstPort;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            firstPort = s.getLocalPort();
        }
        server = Dashboards.server(data, CODE, "teacher", b -> b.plcPorts(firstPort + "-" + (firstPort + 20)));
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        Dashboards.close(chromium, server);
    }

    private static final String INFO = "document.getElementById('own-plc-info').textContent";

    @Test
    void aStudentConnectsTheirPlcInTheBrowserInEnglishAndChinese() throws Exception {
        Process plc = null;
        try (Page student = chromium.open("http://127.0.0.1:" + server.port() + "/");
             Page teacher = chromium.open("http://127.0.0.1:" + server.port() + "/")) {
            student.waitFor("document.getElementById('conn').textContent.startsWith('connected')", seconds(20), "the WebSocket");
            student.eval("localStorage.setItem('simbase.lang', 'en')");
            student.eval("document.getElementById('join-code').value = '" + CODE + "'");
            student.eval("document.getElementById('join-name').value = 'Ming'");
            student.eval("document.getElementById('join-btn').click()");
            student.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            student.eval("document.getElementById('scene-select').value = 'conveyor-basics'");
            student.eval("document.getElementById('create-btn').click()");
            student.waitFor("state.layout && !document.getElementById('own-plc-panel').hidden", seconds(10),
                    "the PLC panel in the session view");
            assertEquals("Connect my PLC", student.eval("document.getElementById('own-plc-connect-btn').textContent").asText());
            student.eval("document.getElementById('own-plc-connect-btn').click()");
            student.waitFor(INFO + ".includes('127.0.0.1:')", seconds(10), "address:port");
            String text = student.eval(INFO).asText();
            int port = Integer.parseInt(text.replaceAll("(?s).*127\\.0\\.0\\.1:(\\d+).*", "$1"));
            assertTrue(port >= firstPort && port <= firstPort + 20, text);
            assertTrue(text.contains("Unit ID: any"), text);
            assertTrue(text.contains("waiting for your PLC"), text);
            assertEquals(7, student.eval("document.querySelectorAll('#own-plc-map tr').length").asInt(), "head and 6 tags");
            assertTrue(student.eval("document.getElementById('own-plc-map').textContent").asText()
                    .contains("belt_runactuator (write)coil (FC 01/05/15)0"));

            // The PLC claims the port and starts the belt (coil 0), then keeps polling it every 100 ms as a PLC's
            // cycle does (mbpoll repeats reads, not writes): one write alone lets the link fall to "comm lost"
            // after the 1 s watchdog, before a page on a loaded machine shows "online".
            Peers.Result w = Peers.run(20_000, "mbpoll", "-m", "tcp", "-a", "255", "-p", String.valueOf(port), "-0", "-1",
                    "-t", "0", "-r", "0", "127.0.0.1", "1");
            assertEquals(0, w.exitCode(), w.toString());
            plc = new ProcessBuilder("mbpoll", "-m", "tcp", "-a", "255", "-p", String.valueOf(port), "-0", "-l", "100",
                    "-t", "0", "-r", "0", "127.0.0.1").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            student.waitFor(INFO + ".includes('Writing PLC: 127.0.0.1')", seconds(10), "the claimed address");
            student.waitFor(INFO + ".includes('Link: online')", seconds(10), "the link health");
            int belt = student.eval("state.layout.tags.findIndex(t => t.name === 'belt_run')").asInt();
            student.waitFor("state.tags[" + belt + "] === 1", seconds(10), "belt_run from the PLC");

            // The instructor sees the PLC's address in the class's session list, and in the session's panel.
            teacher.waitFor("document.getElementById('conn').textContent.startsWith('connected')", seconds(20), "the WebSocket");
            teacher.eval("document.getElementById('login-user').value = 'teacher'");
            teacher.eval("document.getElementById('login-pass').value = 'correct-horse'");
            teacher.eval("document.getElementById('login-btn').click()");
            teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            teacher.eval("document.getElementById('class-code').value = '" + CODE + "'");
            String row = "[...document.querySelectorAll('#sessions tbody tr')].find(r => r.textContent.includes('Ming'))";
            teacher.waitFor("(" + row + " || {textContent: ''}).textContent.includes('own-plc ')"
                    + " && " + row + ".textContent.includes('PLC 127.0.0.1')", seconds(10), "the claimed address in the list");
            teacher.eval(row + ".querySelector('button').click()");
            teacher.waitFor("!document.getElementById('own-plc-panel').hidden && " + INFO
                    + ".includes('127.0.0.1') && !document.getElementById('own-plc-release-btn').hidden", seconds(10),
                    "the PLC panel with Release for the instructor");

            // Chinese.
            student.eval("const l = document.getElementById('lang'); l.value = 'zh'; l.onchange()"); // the dashboard's switch
            assertEquals("连接我的PLC", student.eval("document.getElementById('own-plc-connect-btn').textContent").asText());
            student.waitFor(INFO + ".includes('写入的PLC: 127.0.0.1') && " + INFO + ".includes('从站号: 任意')",
                    seconds(5), "the panel in Chinese");
            assertTrue(student.eval("document.getElementById('own-plc-map').textContent").asText().contains("线圈"));
            Files.write(Path.of("target/dashboard-own-plc.png"), student.screenshot());

            // Closing the port.
            plc.destroy();
            student.eval("document.getElementById('own-plc-close-btn').click()");
            student.waitFor(INFO + " === 'PLC端口已关闭'", seconds(10), "port closed");
            assertTrue(student.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
        } finally {
            if (plc != null) {
                plc.destroyForcibly();
            }
        }
    }
}
