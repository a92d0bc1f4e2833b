package io.simbase.server.results;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A result store that also remembers each student's latest result in memory, so that the class
 * list (asked by every instructor's page once a second) can show it on each tile without a
 * file read or a database round trip. Reads the wrapped store's results once, when made (before
 * clients come); then every {@link #add} updates the memory after the store has kept the result.
 * Thread-safe; {@link #latest} does not block.
 */
public final class LatestResults implements ResultStore {
    private final ResultStore store;
    private final Map<String, StoredResult> latest = new ConcurrentHashMap<>();

    private LatestResults(ResultStore store) {
        this.store = store;
    }

    /** {@code store}, with its students' latest results read into memory now (blocking I/O). */
    public static LatestResults over(ResultStore store) {
        LatestResults r = new LatestResults(store);
        for (StoredResult s : store.all()) {
            r.remember(s);
        }
        return r;
    }

    @Override
    public void add(StoredResult result) {
        store.add(result);
        remember(result);
    }

    @Override
    public List<StoredResult> all() {
        return store.all();
    }

    @Override
    public List<StoredResult> of(String classCode, String student) {
        return store.of(classCode, student);
    }

    @Override
    public StoredResult latest(String classCode, String student) {
        return latest.get(key(classCode, student));
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        store.close();
    }

    private void remember(StoredResult r) {
        latest.merge(key(r.classCode(), r.student()), r, (old, now) -> now.atMillis() >= old.atMillis() ? now : old);
    }

    private static String key(String classCode, String student) {
        return classCode + '\n' + student;
    }
}
