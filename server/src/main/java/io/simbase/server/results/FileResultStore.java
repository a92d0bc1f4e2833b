package io.simbase.server.results;

import io.simbase.server.auth.LineFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Results in an append-only file ({@code results.txt} in the data folder), one
 * {@link ResultLine} per result. Each result is one unbuffered write of its whole line, so it is
 * in the operating system when {@link #add} returns and survives a killed server; a line torn by
 * a kill (no final newline) is cut off at the next open, and damaged lines are skipped and
 * counted in one stderr line, as the token file does. All results are also held in memory
 * (a class's results are a few thousand lines); thread-safe.
 */
public final class FileResultStore implements ResultStore {
    static final String HEADER = "# SimBase results: one graded run per line (r1, tab separated; see ResultLine)";

    private final LineFile file;
    private final List<StoredResult> results;
    private final int skipped;

    private FileResultStore(LineFile file, List<StoredResult> loaded, int skipped) {
        this.file = file;
        this.results = new CopyOnWriteArrayList<>(loaded);
        this.skipped = skipped;
    }

    /** Opens {@code path} (a missing file: no results yet), reporting skipped lines on stderr. */
    public static FileResultStore open(Path path) {
        return open(path, System.err::println);
    }

    /** Opens {@code path}, reporting skipped lines and write failures to {@code warn}. */
    public static FileResultStore open(Path path, Consumer<String> warn) {
        LineFile.Content content;
        try {
            content = LineFile.read(path);
        } catch (IOException e) {
            throw new ResultStoreException("cannot read results file " + path + ": " + e.getMessage(), e);
        }
        LineFile file = new LineFile(path, HEADER, warn);
        if (content.tornTail()) {
            try {
                file.truncate(content.completeBytes());
            } catch (IOException e) {
                throw new ResultStoreException("cannot repair results file " + path + ": " + e.getMessage(), e);
            }
        }
        List<StoredResult> loaded = new ArrayList<>();
        int skipped = content.tornTail() ? 1 : 0;
        for (String line : content.lines()) {
            if (line != null && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            StoredResult r = ResultLine.parse(line);
            if (r == null) {
                skipped++;
            } else {
                loaded.add(r);
            }
        }
        if (skipped > 0) {
            warn.accept(LineFile.skippedMessage(path, skipped));
        }
        return new FileResultStore(file, loaded, skipped);
    }

    /** Damaged or torn lines skipped when the file was opened. */
    public int skipped() {
        return skipped;
    }

    @Override
    public void add(StoredResult result) {
        String line = ResultLine.format(result);
        synchronized (this) {
            if (!file.append(line, false)) {
                throw new ResultStoreException("cannot write results file " + file.file(), null);
            }
            results.add(result);
        }
    }

    @Override
    public List<StoredResult> all() {
        return List.copyOf(results);
    }

    @Override
    public String describe() {
        return "results in " + file.file();
    }

    @Override
    public void close() {
        file.close();
    }
}
