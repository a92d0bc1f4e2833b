package io.simbase.server.sheets;

import java.util.List;

/**
 * Splits a bilingual exercise sheet into its English and Chinese text. The bundled sheets are
 * laid out in one of three ways, and each is recognised by its headings:
 * <pre>
 *   # Exercise 1: ...            # 练习 4：... / Exercise 4: ...     # Exercise 1b: ...
 *   (English)                    ## 中文                            # 练习 1b：...
 *   ---                          (Chinese)                          (both languages, line by line)
 *   # 练习 1：...                ## English
 *   (Chinese)                    (English)
 * </pre>
 * The first keeps each language under its own top heading after a thematic break; the second has
 * one two-language title and a section per language (each language gets its half of the title);
 * the third is shown whole in both languages. Stateless; any thread.
 */
public final class SheetLanguages {
    private static final String ZH_SECTION = "## 中文";
    private static final String EN_SECTION = "## English";

    private SheetLanguages() {
    }

    /** The sheet in English and in Chinese (the whole text for both when it is not split). */
    public record Split(String en, String zh) {
        /** The text in {@code lang}: "zh" or anything else for English. */
        public String in(String lang) {
            return "zh".equals(lang) ? zh : en;
        }
    }

    /** Splits {@code markdown} by language; never null parts. */
    public static Split split(String markdown) {
        List<String> lines = markdown.lines().toList();
        Split s = byThematicBreak(lines);
        if (s == null) {
            s = bySections(lines);
        }
        return s != null ? s : new Split(markdown, markdown);
    }

    /** Layout 1: "# title" ... "---" ... "# title"; the half whose heading has CJK is Chinese. */
    private static Split byThematicBreak(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("---")) {
                continue;
            }
            String first = join(lines, 0, i);
            String second = join(lines, i + 1, lines.size());
            String h1 = firstHeading(first);
            String h2 = firstHeading(second);
            if (h1 == null || h2 == null || hasCjk(h1) == hasCjk(h2)) {
                return null;
            }
            return hasCjk(h1) ? new Split(second, first) : new Split(first, second);
        }
        return null;
    }

    /** Layout 2: "# 中文标题 / English title", then "## 中文" and "## English" sections. */
    private static Split bySections(List<String> lines) {
        int zh = lines.indexOf(ZH_SECTION);
        int en = lines.indexOf(EN_SECTION);
        if (zh < 0 || en < 0) {
            return null;
        }
        int start = Math.min(zh, en);
        String title = lines.isEmpty() ? "" : lines.get(0);
        String[] halves = title.startsWith("# ") ? titleHalves(title.substring(2)) : null;
        int bodyFrom = halves != null ? 1 : 0;
        String preamble = join(lines, bodyFrom, start);
        String zhBody = join(lines, zh + 1, zh < en ? en : lines.size());
        String enBody = join(lines, en + 1, en < zh ? zh : lines.size());
        String zhTitle = halves != null ? "# " + halves[0] + "\n" : "";
        String enTitle = halves != null ? "# " + halves[1] + "\n" : "";
        return new Split(enTitle + preamble + enBody, zhTitle + preamble + zhBody);
    }

    /** "中文 / English" as {zh, en}: split at the first slash after Chinese text that English follows. */
    static String[] titleHalves(String title) {
        for (int i = title.indexOf('/'); i > 0; i = title.indexOf('/', i + 1)) {
            String before = title.substring(0, i).strip();
            String after = title.substring(i + 1).strip();
            if (hasCjk(before) && !after.isEmpty() && after.charAt(0) < 0x80 && Character.isLetter(after.charAt(0))) {
                return new String[] {before, after};
            }
        }
        return null;
    }

    private static String firstHeading(String text) {
        return text.lines().filter(l -> l.startsWith("#")).findFirst().orElse(null);
    }

    private static String join(List<String> lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(lines.get(i)).append('\n');
        }
        return b.toString();
    }

    /** True when {@code s} holds a CJK ideograph. */
    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
