package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.SimBaseServer;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every word drawn on the plant canvas is in the page's language: in a Chromium whose language
 * is Chinese, the instructor watches a session of every bundled scene while the page records
 * every {@code fillText}/{@code strokeText} on {@code #plant}; no drawn text may have a Latin
 * word (two letters or more) and no Chinese, once units ({@code kg}, {@code rpm}, {@code Hz},
 * {@code l/s}) are set aside, except the scene's identifiers (component ids drawn as labels of
 * components without one, part type names in the legend), exempt as tag names are on the page.
 * Switching to English draws the English words on the canvas again, without a reload.
 */
class ChineseCanvasTextBrowserTest {
    private static final String CODE = "CANVAS1";
    /** Records the texts drawn on #plant into window.drawnTexts (a Set), from now on. */
    private static final String RECORD = "(() => { window.drawnTexts = new Set(); const P = CanvasRenderingContext2D.prototype;"
            + " if (!P.recorded) { P.recorded = true; for (const f of ['fillText', 'strokeText']) { const o = P[f];"
            + " P[f] = function (s, ...rest) { if (this.canvas.id === 'plant' && window.drawnTexts) window.drawnTexts.add(String(s));"
            + " return o.call(this, s, ...rest); }; } } return true; })()";
    /** The recorded texts that are neither Chinese nor identifiers nor units, as a JSON list. */
    private static final String FOREIGN = "(() => { const ids = new Set([...state.layout.components.map(c => c.id),"
            + " ...state.layout.part_types]); const latin = /[A-Za-z]{2,}/, cjk = /[\\u3000-\\u9fff\\uff00-\\uffef]/;"
            + " return [...window.drawnTexts].filter(s => { const u = s.replace(/\\b(kg|rpm|Hz|l\\/s)\\b/g, '').trim();"
            + " return !ids.has(s.trim()) && latin.test(u) && !cjk.test(u); }); })()";
    private static SimBaseServer server;
    private static Chromium chromium;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE, "laoshi", b -> { });
        chromium = Chromium.launch("--lang=zh-CN", "--accept-lang=zh-CN");
    }

    @AfterAll
    static void stop() throws Exception {
        Dashboards.close(chromium, server);
    }

    private static void type(Page page, String id, String value) throws Exception {
        page.eval("document.getElementById('" + id + "').value = " + chromium.json.writeValueAsString(value));
    }

    @Test
    void everySceneDrawsOnlyChineseOnTheCanvas() throws Exception {
        try (Page teacher = chromium.open("http://127.0.0.1:" + server.port() + "/")) {
            teacher.waitFor("document.getElementById('conn').textContent.startsWith('已连接')", seconds(20), "the WebSocket");
            type(teacher, "login-user", "laoshi");
            type(teacher, "login-pass", Dashboards.PASSWORD);
            teacher.eval("document.querySelector('#login-btn').click()");
            teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            teacher.eval(RECORD);
            List<String> foreign = new ArrayList<>();
            int k = 0;
            for (String scene : Scenes.bundledIds()) { // one session at a time: the machine has two cores
                Session session = server.sessions().create(CODE, "Li#" + (1000 + k++), Scenes.load(scene), 1, 30);
                watch(teacher, scene, session.id());
                JsonNode bad = teacher.eval(FOREIGN);
                if (bad.size() > 0) {
                    foreign.add(scene + ": " + bad);
                }
                if (scene.equals("silo-fill")) {
                    theLanguageSwitchRedrawsTheWords(teacher);
                }
                session.submit(new SessionCommand.Close(null), CommandReply.NONE);
            }
            assertEquals(List.of(), foreign, "English drawn on the canvas of the page in Chinese");
        }
    }

    /** The silo's counters read in Chinese, and in English after the switch, with no reload. */
    private static void theLanguageSwitchRedrawsTheWords(Page teacher) throws Exception {
        assertTrue(teacher.eval("[...window.drawnTexts].some(s => s.endsWith(' 箱已满'))").asBoolean(),
                "the silo's full count in Chinese: " + teacher.eval("[...window.drawnTexts]"));
        teacher.eval("window.drawnTexts.clear(); I18N.set('en')");
        teacher.waitFor("[...window.drawnTexts].some(s => s.endsWith(' full'))"
                + " && [...window.drawnTexts].some(s => s.endsWith(' kg spilled'))", seconds(5), "the English words drawn");
        teacher.eval("I18N.set('zh')");
    }

    /** Watches the session until its plant has been drawn a few times, recording only its texts. */
    private static void watch(Page teacher, String scene, String sid) throws Exception {
        teacher.eval("observe('" + sid + "')");
        teacher.waitFor("!!state.layout && state.layout.scene === '" + scene + "'", seconds(10), "the layout of " + scene);
        teacher.eval("window.drawnTexts.clear()");
        teacher.waitFor("new Promise(r => setTimeout(() => r(window.drawnTexts.size > 0), 250))", seconds(5),
                "texts drawn for " + scene);
    }
}
