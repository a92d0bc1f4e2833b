package io.simbase.viewer.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The viewer's texts in one language, from {@code simbase/viewer/i18n/messages_LANG.properties}
 * (UTF-8) in the assets; English fills any key a language lacks. Scene labels (English in the
 * scene files) are translated through {@code label.<label>} keys, else shown as they are.
 * Immutable after construction; thread-safe.
 */
public final class Messages {
    /** The languages the viewer speaks. */
    public enum Lang { EN, ZH }

    private final Lang lang;
    private final Properties texts = new Properties();

    public Messages(Lang lang) {
        this.lang = lang;
        load("en");
        if (lang == Lang.ZH) {
            load("zh");
        }
    }

    /** The system's language: Chinese when the default locale is, else English. */
    public static Lang systemLang() {
        return Locale.getDefault().getLanguage().equals("zh") ? Lang.ZH : Lang.EN;
    }

    private void load(String code) {
        String resource = "/simbase/viewer/i18n/messages_" + code + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (is simbase-assets on the class path?)");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    public Lang lang() {
        return lang;
    }

    /** The text of {@code key}, or the key itself when no language has it. */
    public String get(String key) {
        return texts.getProperty(key, key);
    }

    /** A scene label in this language. */
    public String label(String sceneLabel) {
        return texts.getProperty("label." + sceneLabel, sceneLabel);
    }

    /** A scene label in this language: the scene's own Chinese one ({@code label_zh}) when Chinese and given, else as {@link #label(String)}. */
    public String label(String sceneLabel, String sceneLabelZh) {
        return lang == Lang.ZH && sceneLabelZh != null && !sceneLabelZh.isEmpty() ? sceneLabelZh : label(sceneLabel);
    }

    /** Every text of this language, for baking the glyphs the font needs. */
    public List<String> all() {
        List<String> l = new ArrayList<>();
        for (String k : texts.stringPropertyNames()) {
            l.add(texts.getProperty(k));
        }
        return l;
    }
}
