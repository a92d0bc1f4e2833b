package io.simbase.server.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --results-db} mistakes: one line on stderr, exit 2, no stack trace. */
class ServeResultsDbTest {
    @TempDir
    Path data;

    private static String[] serve(Path data, String url) {
        return new String[] {"serve", "--port", "0", "--data", data.toString(), "--results-db", url};
    }

    private static String runForError(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, Main.execute(args));
        } finally {
            System.setErr(oldErr);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aUrlThatIsNotPostgresIsOneLine() {
        String err = runForError(serve(data, "jdbc:mysql://localhost/results"));
        assertEquals("simbase: cannot start: --results-db must be a jdbc:postgresql://HOST[:PORT]/DB URL, got "
                + "'jdbc:mysql://localhost/results'", err.strip());
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndLeavesTheDataFolderFree() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String err = runForError(serve(data, "jdbc:postgresql://127.0.0.1:" + closed + "/results?user=x"));
        assertTrue(err.startsWith("simbase: cannot start: cannot prepare the results database (results in PostgreSQL 127.0.0.1:"
                + closed + "/results): "), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("Exception"), err);
        // the data lock was released: the same folder opens again
        String again = runForError(serve(data, "jdbc:mysql://x/y"));
        assertFalse(again.contains("another server"), again);
    }
}
