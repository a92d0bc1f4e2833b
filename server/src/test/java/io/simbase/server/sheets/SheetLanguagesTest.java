package io.simbase.server.sheets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.grading.exercise.Exercise;
import io.simbase.server.results.ExerciseCatalog;
import org.junit.jupiter.api.Test;

/** Sheets split by language in each of the three layouts, and rendered without raw HTML. */
class SheetLanguagesTest {
    @Test
    void englishThenChineseAfterAThematicBreak() {
        SheetLanguages.Split s = SheetLanguages.split("# Exercise 1\n\nGoal.\n\n---\n\n# 练习 1\n\n目标。\n");
        assertEquals("# Exercise 1\n\nGoal.\n\n", s.en());
        assertEquals("\n# 练习 1\n\n目标。\n", s.zh());
    }

    @Test
    void aTwoLanguageTitleWithASectionPerLanguageGivesEachItsHalf() {
        SheetLanguages.Split s = SheetLanguages.split(
                "# 练习 4：车库门 / Exercise 4: garage door\n\n## 中文\n\n目标。\n\n## English\n\nGoal.\n");
        assertEquals("# Exercise 4: garage door\n\n\nGoal.\n", s.en());
        assertEquals("# 练习 4：车库门\n\n\n目标。\n\n", s.zh());
    }

    @Test
    void aSheetMixingBothLanguagesLineByLineIsShownWhole() {
        String text = "# Exercise 1b\n# 练习 1b\n\n**Goal.** x\n\n**目标。** y\n\n---\n\nmore\n";
        SheetLanguages.Split s = SheetLanguages.split(text);
        assertEquals(text, s.en());
        assertEquals(text, s.zh());
    }

    @Test
    void titleHalvesNeedChineseBeforeTheSlashAndEnglishAfterIt() {
        assertArrayEquals(new String[] {"练习：编码器（YL-335B）", "Exercise: encoder"},
                SheetLanguages.titleHalves("练习：编码器（YL-335B）/ Exercise: encoder"));
        assertNull(SheetLanguages.titleHalves("Exercise 1: start/stop latch"));
    }

    @Test
    void everyBundledSheetHasAChineseAndAnEnglishTitleAndTheEnglishOneHasNoChineseHeading() {
        for (String id : ExerciseCatalog.ids()) {
            Exercise e = ExerciseCatalog.find(id);
            String en = ExerciseSheets.html(e, "en");
            String zh = ExerciseSheets.html(e, "zh");
            String enH1 = en.substring(en.indexOf("<h1>"), en.indexOf("</h1>"));
            assertTrue(java.util.regex.Pattern.compile("<h1>[^<]*\\p{IsHan}").matcher(zh).find(), id + " zh: " + zh);
            if (!id.equals("conveyor-stop-safety")) { // the one sheet written in both languages line by line
                assertFalse(SheetLanguages.hasCjk(enH1), id + " en: " + enH1);
                assertFalse(en.contains("## 中文") || en.contains(">中文<"), id);
            }
            assertTrue(en.contains("<table>") == zh.contains("<table>"), id + ": a table in one language only");
        }
    }

    @Test
    void rawHtmlInASheetIsEscapedAndScriptLinksAreDropped() {
        String html = ExerciseSheets.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>b</b>\n");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }
}
