package io.simbase.server.replay;

import io.simbase.protocol.v1.Error;
import io.simbase.server.record.Recording;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The recordings folder as a list: each file's header, owner note and whether it has its end
 * record, read from its first lines and its last bytes only (never the whole file). Names from
 * clients are checked here, so no request reaches outside the folder. Thread-safe (stateless
 * but for the folder); blocking file I/O: call it off the event loop.
 */
public final class RecordingFiles {
    /** A recording's file name: no folder, no dot first, the recording suffix. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.simrec");
    private static final int TAIL_BYTES = 256;

    /** One recording as listed; {@code owner} from its owner note ({@link Recording.Owner} unknown without one). */
    public record Listed(String name, String scene, long seed, Recording.Owner owner, boolean ended, long bytes) {
    }

    private final Path dir;

    public RecordingFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The file of recording {@code name}.
     *
     * @throws ReplayException UNKNOWN_RECORDING when the name is not a recording's or no such file exists
     */
    public Path resolve(String name) throws ReplayException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ReplayException(Error.Code.UNKNOWN_RECORDING, "no recording '" + name
                    + "': a recording is named like s0123456789.simrec");
        }
        Path f = dir.resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new ReplayException(Error.Code.UNKNOWN_RECORDING, "no recording '" + name + "'");
        }
        return f;
    }

    /** Every readable recording, newest first (by modification time); files that are not recordings are left out. */
    public List<Listed> list() throws IOException {
        List<Listed> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.simrec")) {
            for (Path p : ds) {
                files.add(p);
            }
        }
        files.sort(Comparator.comparing(RecordingFiles::modified).reversed());
        for (Path f : files) {
            Listed l = head(f);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The header and owner of {@code f}; null when it is not a recording (or vanished). */
    static Listed head(Path f) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String magic = r.readLine();
            String scene = r.readLine();
            String seed = r.readLine();
            String fourth = r.readLine();
            if (magic == null || seed == null || !magic.startsWith("#simbase-recording ") || !scene.startsWith("scene ")
                    || !seed.startsWith("seed ")) {
                return null;
            }
            Recording.Owner owner = fourth != null && fourth.startsWith("# 0 ") ? Recording.parseOwnerNote(fourth.substring(4)) : null;
            return new Listed(f.getFileName().toString(), scene.substring(6), Long.parseLong(seed.substring(5)),
                    owner == null ? Recording.Owner.UNKNOWN : owner, endsWithEndRecord(f), Files.size(f));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean endsWithEndRecord(Path f) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(len, TAIL_BYTES);
            byte[] b = new byte[n];
            raf.seek(len - n);
            raf.readFully(b);
            String tail = new String(b, StandardCharsets.UTF_8);
            if (!tail.endsWith("\n")) {
                return false;
            }
            int start = tail.lastIndexOf('\n', tail.length() - 2) + 1;
            return tail.startsWith("end ", start);
        }
    }
}
