package io.simbase.server.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The language of the titles {@code simbase scenes} and {@code simbase exercises} print
 * ({@code --lang en|zh}). The rest of the command line stays English. Immutable.
 */
enum TitleLanguage {
    en,
    zh;

    /** The Chinese text in {@code zh} when it is given, else the English one. */
    String pick(String english, String chinese) {
        return this == zh && chinese != null && !chinese.isBlank() ? chinese : english;
    }

    /**
     * Standard output as UTF-8, whatever the platform's default charset: a Chinese title must
     * not come out as question marks under a POSIX locale.
     */
    static PrintWriter utf8Out() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }
}
