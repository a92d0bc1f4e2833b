package io.simbase.server.results;

import java.util.List;

/**
 * Where finished graded runs are kept. Append-only: a result is never changed or removed.
 * Implementations are thread-safe; {@link #add} and the reads may block on I/O (a file write, a
 * database round trip), so they are called off the sim threads and off the network event loops.
 */
public interface ResultStore extends AutoCloseable {
    /**
     * Keeps {@code result}; when this returns normally it survives a killed server.
     *
     * @throws ResultStoreException when it could not be kept (disk full, database down)
     */
    void add(StoredResult result);

    /** Every kept result, in the order they were added. */
    List<StoredResult> all();

    /** The results of one student, in the order they were added. */
    default List<StoredResult> of(String classCode, String student) {
        return all().stream().filter(r -> r.belongsTo(classCode, student)).toList();
    }

    /**
     * The latest result of one student, or null when they have none. This default reads the
     * store; {@link LatestResults} answers from memory (the server's store is one).
     */
    default StoredResult latest(String classCode, String student) {
        List<StoredResult> mine = of(classCode, student);
        return mine.isEmpty() ? null : mine.get(mine.size() - 1);
    }

    /** A one-line description for the server's start-up log (never a password). */
    String describe();

    @Override
    void close();
}
