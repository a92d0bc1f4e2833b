package io.simbase.server.scenes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The classes an uploaded scene is offered to, kept beside it as {@code <id>.classes}: one class
 * code a line, {@code #} starts a comment. A missing file is no class (staff only); a line that
 * is not a class code is skipped with one line on stderr. Written to a temporary file in the same
 * folder and renamed over the old one, so a crash leaves either list whole. Stateless; callers
 * serialize writes of one scene.
 */
final class SceneClassFile {
    static final String SUFFIX = ".classes";
    private static final String HEADER = "# SimBase: the classes (codes) whose students are offered this uploaded scene";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4,16}");

    private SceneClassFile() {
    }

    /** The codes in {@code file}, sorted; empty when it does not exist. */
    static Set<String> read(Path file) throws IOException {
        Set<String> codes = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String code = line.strip();
                if (code.isEmpty() || code.startsWith("#")) {
                    continue;
                }
                if (CODE.matcher(code).matches()) {
                    codes.add(code);
                } else {
                    System.err.println("simbase: " + file + ": line '" + code + "' skipped: not a class code");
                }
            }
        } catch (NoSuchFileException e) {
            return Set.of();
        }
        return Collections.unmodifiableSet(codes);
    }

    /** Writes {@code codes} as the class list of scene {@code id} in {@code dir}; returns them sorted. */
    static Set<String> write(Path dir, String id, Set<String> codes) throws IOException {
        Set<String> sorted = Collections.unmodifiableSet(new TreeSet<>(codes));
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String c : sorted) {
            text.append(c).append('\n');
        }
        Path tmp = Files.createTempFile(dir, id, ".part");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(id + SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return sorted;
    }
}
