package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbase.bridge.testing.Peers;
import io.simbase.opcua.PlantServerOptions;
import io.simbase.server.SimBaseServer;
import io.simbase.server.opcua.OpcUaSessions;
import io.simbase.server.rig.NodeOpcUaClient;
import io.simbase.server.session.Session;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "My account" panel in Debian's Chromium, with the server's OPC UA side running: a roster
 * student changes the printed code for a password of their own (a wrong current password and
 * a mismatch are told), asks for their OPC UA sign-in, copies the token (the field is selected
 * for the clipboard), and node-opcua signs in with exactly what the page shows and sees the
 * student's session; the panel is Chinese in Chinese, and says when the server has no OPC UA.
 */
class AccountPanelBrowserTest {
    private static final String CODE = "ACC123";

    @TempDir
    Path tmp;

    private static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void signIn(Page page, String number, String password) throws Exception {
        page.waitFor("document.getElementById('conn').textContent.length > 0 && state.ws && state.ws.readyState === 1",
                seconds(20), "the WebSocket");
        page.eval("document.getElementById('student-class').value = " + js(CODE));
        page.eval("document.getElementById('student-number').value = " + js(number));
        page.eval("document.getElementById('student-pass').value = " + js(password));
        page.eval("document.getElementById('student-btn').click()");
        page.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
        page.eval("document.getElementById('account-panel').open = true");
    }

    private static void changePassword(Page page, String old, String next, String repeat) throws Exception {
        page.eval("document.getElementById('pw-status').textContent = ''");
        page.eval("document.getElementById('pw-old').value = " + js(old));
        page.eval("document.getElementById('pw-new').value = " + js(next));
        page.eval("document.getElementById('pw-repeat').value = " + js(repeat));
        page.eval("document.getElementById('pw-btn').click()");
        page.waitFor("document.getElementById('pw-status').textContent.length > 0"
                + " && !document.getElementById('pw-status').textContent.endsWith('…')", seconds(10), "the change's outcome");
    }

    private static String text(Page page, String id) throws Exception {
        return page.eval("document.getElementById('" + id + "').textContent").asText();
    }

    private static String value(Page page, String id) throws Exception {
        return page.eval("document.getElementById('" + id + "').value").asText();
    }

    @Test
    void aStudentChangesTheirPasswordAndSignsInOverOpcUaWithWhatThePageShows() throws Exception {
        SimBaseServer server = null;
        Chromium chromium = null;
        int port = NodeOpcUaClient.freePort();
        try {
            server = Dashboards.server(tmp.resolve("data"), CODE);
            String printed = server.classes().roster().importCsv(CODE, "2023001,Wang Fang\n").get(0).code();
            Session own = server.sessions().create(CODE, "Wang Fang#2023001", server.sessions().scene("conveyor-basics"), 7, 30);
            chromium = Chromium.launch();
            try (OpcUaSessions opcua = OpcUaSessions.start(server,
                    new PlantServerOptions("127.0.0.1", port, tmp.resolve("data"), true, false, 10_000), l -> { });
                 Page page = chromium.open("http://127.0.0.1:" + server.port() + "/")) {
                page.waitFor("typeof I18N !== 'undefined'", seconds(20), "the page");
                page.eval("I18N.set('en')");
                signIn(page, "2023001", printed);

                changePassword(page, "not-the-code", "my-own-pass", "my-own-pass");
                assertEquals("the current password is wrong", text(page, "pw-status"));
                changePassword(page, printed, "my-own-pass", "my-own-pazz");
                assertEquals("The two new passwords differ.", text(page, "pw-status"));
                changePassword(page, printed, "my-own-pass", "my-own-pass");
                assertEquals("Password changed. Use it from now on.", text(page, "pw-status"));
                assertTrue(server.classes().roster().authenticate(CODE, "2023001", "my-own-pass") != null);

                page.eval("document.getElementById('opcua-show-btn').click()");
                page.waitFor("!document.getElementById('opcua-table').hidden", seconds(10), "the OPC UA sign-in");
                assertEquals("opc.tcp://127.0.0.1:" + port + "/simbase", value(page, "opcua-endpoint"));
                assertEquals("Wang Fang#2023001", value(page, "opcua-user"));
                String token = value(page, "opcua-token");
                assertEquals(43, token.length(), "256 bits, base64url: " + token);
                assertTrue(!token.equals(page.eval("sessionStorage.getItem('simbase.token')").asText()),
                        "a token of its own, not the one in the browser's storage");
                assertTrue(text(page, "opcua-security").startsWith("None, or Basic256Sha256"));

                page.eval("document.querySelector('[data-copy=\"opcua-token\"]').click()");
                page.waitFor("['Copied', 'Selected: press Ctrl+C'].includes("
                        + "document.querySelector('[data-copy=\"opcua-token\"]').textContent)", seconds(5), "the copy");
                JsonNode selected = page.eval("(() => { const f = document.getElementById('opcua-token');"
                        + " return document.activeElement === f && f.selectionStart === 0 && f.selectionEnd === f.value.length; })()");
                assertTrue(selected.asBoolean(), "the token field is selected for the clipboard");

                Peers.Result r = new NodeOpcUaClient(port, tmp.resolve("client-pki")).run(60_000, "None",
                        "--user", value(page, "opcua-user"), "--password", token, "tree");
                assertEquals(0, r.exitCode(), r.toString());
                assertEquals(List.of(CODE + "/Wang Fang#2023001/" + own.id()), NodeOpcUaClient.lines(r, "session"));

                page.eval("document.getElementById('error').hidden = true"); // app.js's passing banner, from before
                page.eval("I18N.set('zh')");
                try { // the class list is redrawn at its next poll (every second)
                    page.waitFor(ChineseDashboardBrowserTest.UNTRANSLATED + ".length === 0", seconds(5), "the page in Chinese");
                } catch (AssertionError e) {
                    // reported below with what is left
                }
                JsonNode bad = page.eval(ChineseDashboardBrowserTest.UNTRANSLATED);
                assertEquals(0, bad.size(), "the open panel in Chinese: " + bad);
                assertTrue(text(page, "opcua-security").startsWith("None，或"), text(page, "opcua-security"));
            }
            try (Page page = chromium.open("http://127.0.0.1:" + server.port() + "/")) {
                page.waitFor("typeof I18N !== 'undefined'", seconds(20), "the page");
                page.eval("I18N.set('en')");
                signIn(page, "2023001", "my-own-pass");
                page.eval("document.getElementById('opcua-show-btn').click()");
                page.waitFor("!document.getElementById('opcua-off').hidden", seconds(10), "no OPC UA now");
                assertTrue(page.eval("document.getElementById('opcua-table').hidden").asBoolean());
            }
        } finally {
            Dashboards.close(chromium, server);
        }
    }
}
