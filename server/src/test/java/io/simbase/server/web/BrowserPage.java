package io.simbase.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * One tab of a real browser, as the dashboard tests use it: evaluate script, wait for a
 * condition, screenshot. {@link Page} drives Chromium over the DevTools protocol,
 * {@link FirefoxPage} Firefox over WebDriver BiDi. Not thread-safe: one test thread per tab.
 */
interface BrowserPage extends AutoCloseable {
    /** The message part an evaluation cut off by a navigation fails with (the page is being replaced). */
    String NAVIGATED = "navigated or closed";

    /** Evaluates a script expression in the page (a promise is awaited) and returns its JSON value. */
    JsonNode eval(String expression) throws Exception;

    /** A PNG of the visible page. */
    byte[] screenshot() throws Exception;

    @Override
    void close();

    /**
     * Polls a script expression (a boolean, or a promise of one) until it holds, or fails with
     * {@code what}; a script error counts as not yet (the page may still be loading), and so does
     * an evaluation cut off by a navigation.
     */
    default void waitFor(String condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode v;
            try {
                v = eval("(async () => { try { return !!(await (" + condition + ")); } catch (e) { return false; } })()");
            } catch (IllegalStateException e) {
                if (e.getMessage() == null || !e.getMessage().contains(NAVIGATED)) {
                    throw e;
                }
                v = null;
            }
            if (v != null && v.asBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " (" + condition + "); page says: "
                        + eval("(document.getElementById('error') || {}).textContent + ' | ' + document.body.innerText.slice(0, 400)"));
            }
            Thread.sleep(50);
        }
    }
}
