package io.simbase.server.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An append-only text file of records, one per line, fields separated by tabs and escaped
 * with {@link #escape}, so no field can contain a raw tab, newline or control character.
 * A record counts only when its line ends with {@code '\n'}: a write torn by a kill leaves an
 * unterminated last line, which readers ignore. Each record is appended with one write of the
 * whole line through an unbuffered channel, so it is in the operating system when
 * {@link #append} returns (it survives a killed process; {@code force} also makes it survive
 * a power cut). Thread-safe.
 */
public final class LineFile {
    /** What {@link #read} found: complete lines (null for one that is not valid UTF-8). */
    public record Content(List<String> lines, boolean tornTail, long completeBytes, boolean exists) {
    }

    private final Path file;
    private final String header;
    private final Consumer<String> warn;
    private FileChannel channel;
    private boolean warned;

    public LineFile(Path file, String header, Consumer<String> warn) {
        this.file = file;
        this.header = header;
        this.warn = warn;
    }

    public Path file() {
        return file;
    }

    /** Reads every complete line; a missing file is empty. */
    public static Content read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Content(List.of(), false, 0, false);
        }
        byte[] b = Files.readAllBytes(file);
        List<String> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                String line;
                try {
                    line = decoder.decode(ByteBuffer.wrap(b, start, i - start)).toString();
                } catch (CharacterCodingException e) {
                    line = null;
                }
                lines.add(line);
                start = i + 1;
            }
        }
        return new Content(lines, start < b.length, start, true);
    }

    /** Replaces the file with {@code header} and {@code lines} at once (temporary file, then rename). */
    synchronized void rewrite(List<String> lines) throws IOException {
        closeChannel();
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Cuts an unterminated last line off (it is a torn write, never a record). */
    public synchronized void truncate(long size) throws IOException {
        closeChannel();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    /**
     * Appends one record. A failure (disk full, no permission) is reported on the warn line
     * once and does not throw: the caller's state stays valid in memory until a restart.
     * A partly written line is cut off again, so later records are not glued to it.
     */
    public synchronized boolean append(String record, boolean force) {
        long before = -1;
        try {
            if (channel == null) {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                if (channel.size() == 0) {
                    record = header + "\n" + record;
                }
            }
            before = channel.size();
            ByteBuffer buf = ByteBuffer.wrap((record + "\n").getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            if (force) {
                channel.force(false);
            }
            return true;
        } catch (IOException e) {
            if (!warned) {
                warned = true;
                warn.accept("simbase: cannot write " + file + ": " + e.getMessage()
                        + " (kept in memory until the server stops)");
            }
            if (channel != null && before >= 0) {
                try {
                    channel.truncate(before);
                } catch (IOException ignored) {
                    // nothing more to do; the reader skips a damaged line
                }
            }
            return false;
        }
    }

    public synchronized void close() {
        closeChannel();
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a file we only appended to
            }
            channel = null;
        }
    }

    /** One stderr line naming how many lines were skipped. */
    public static String skippedMessage(Path file, int skipped) {
        return "simbase: " + file + ": skipped " + skipped + " damaged line" + (skipped == 1 ? "" : "s")
                + " (torn write or garbage); the good lines were loaded";
    }

    /** Escapes {@code %}, tab, CR, LF and every other control character as {@code %XX}. */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c < 0x20 || c == 0x7f) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The inverse of {@link #escape}; null for a field that {@link #escape} cannot have written. */
    public static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return hasControl(s) ? null : s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                char d = (char) (hi * 16 + lo);
                if (d != '%' && d >= 0x20 && d != 0x7f) {
                    return null; // escape() never writes this
                }
                sb.append(d);
                i += 2;
            } else if (c < 0x20 || c == 0x7f) {
                return null;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
