package io.simbase.server.sheets;

import io.simbase.grading.exercise.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The bundled exercises' sheets as HTML, per language: read from the class path next to the
 * exercise ({@code simbase/exercises/SHEET.md}), split by {@link SheetLanguages}, rendered by
 * CommonMark with tables. Raw HTML in a sheet is escaped and link targets other than http(s) and
 * mailto are dropped, so the result may be put into a page as it is. Each sheet is rendered once
 * and cached; thread-safe.
 */
public final class ExerciseSheets {
    private static final String DIR = "simbase/exercises/";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Map<String, SheetLanguages.Split> HTML = new ConcurrentHashMap<>();

    private ExerciseSheets() {
    }

    /**
     * The sheet of {@code e} as HTML in {@code lang} ("zh", else English); empty when the exercise
     * names no sheet.
     *
     * @throws UncheckedIOException when a named sheet cannot be read (a broken build)
     */
    public static String html(Exercise e, String lang) {
        if (e.sheet() == null) {
            return "";
        }
        return HTML.computeIfAbsent(e.id(), id -> render(e.sheet())).in(lang);
    }

    /** Markdown to HTML, safe to insert into a page. */
    static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    private static SheetLanguages.Split render(String sheet) {
        SheetLanguages.Split text = SheetLanguages.split(read(sheet));
        return new SheetLanguages.Split(toHtml(text.en()), toHtml(text.zh()));
    }

    private static String read(String sheet) {
        String name = DIR + sheet;
        try (InputStream in = ExerciseSheets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("exercise sheet " + name + " is not bundled"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("exercise sheet " + name + " cannot be read", ex);
        }
    }
}
