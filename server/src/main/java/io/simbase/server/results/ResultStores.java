package io.simbase.server.results;

import java.nio.file.Path;

/** Opens the server's result store from its configuration. */
public final class ResultStores {
    /** The results file's name in the data folder. */
    public static final String FILE_NAME = "results.txt";

    private ResultStores() {
    }

    /**
     * PostgreSQL at {@code jdbcUrl} when it is given (not null), else {@value #FILE_NAME} in
     * {@code dataDir}.
     *
     * @throws ResultStoreException when the store cannot be opened, with a one-line reason
     */
    public static ResultStore open(Path dataDir, String jdbcUrl) {
        return jdbcUrl == null ? FileResultStore.open(dataDir.resolve(FILE_NAME)) : PostgresResultStore.open(jdbcUrl);
    }
}
