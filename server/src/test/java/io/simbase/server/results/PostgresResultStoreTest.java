package io.simbase.server.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL store against a real PostgreSQL that the test starts, and its equality with the file store. */
class PostgresResultStoreTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws Exception {
        cluster = PostgresCluster.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static String freshDatabase() throws Exception {
        return cluster.createDatabase("results_" + DATABASES.incrementAndGet());
    }

    @Test
    void theSchemaIsCreatedOnFirstOpenAndMigratedOnce() throws Exception {
        String url = freshDatabase();
        try (PostgresResultStore store = PostgresResultStore.open(url)) {
            assertEquals(List.of(), store.all());
            assertTrue(store.describe().contains("127.0.0.1"), store.describe());
            assertFalse(store.describe().contains("user="), "no credentials in the log line");
        }
        try (PostgresResultStore store = PostgresResultStore.open(url)) {
            store.add(SampleResults.sample(1));
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, success FROM " + PostgresResultStore.HISTORY_TABLE
                     + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            for (String version : List.of("1", "2")) {
                assertTrue(rs.next(), "migration " + version);
                assertEquals(version, rs.getString(1));
                assertTrue(rs.getBoolean(2));
            }
            assertFalse(rs.next(), "a second open must not run the migrations again");
        }
    }

    @Test
    void resultsAreKeptAcrossARestart() throws Exception {
        String url = freshDatabase();
        try (PostgresResultStore store = PostgresResultStore.open(url)) {
            SampleResults.samples(10).forEach(store::add);
        }
        try (PostgresResultStore store = PostgresResultStore.open(url)) {
            assertEquals(SampleResults.samples(10), store.all());
        }
    }

    @Test
    void resultsAddedBeforeASigkillAreAllThere() throws Exception {
        String url = freshDatabase();
        PostgresResultStore.open(url).close(); // schema first, so the writer starts adding at once
        int confirmed = KilledWriter.runAndKill(List.of("pg", url), 25);
        try (PostgresResultStore store = PostgresResultStore.open(url)) {
            List<StoredResult> kept = store.all();
            assertTrue(kept.size() >= confirmed, kept.size() + " kept, " + confirmed + " confirmed");
            assertEquals(SampleResults.samples(kept.size()), kept);
        }
    }

    @Test
    void theFileAndThePostgresStoreGiveTheSameResults() throws Exception {
        String url = freshDatabase();
        Path file = dir.resolve("results.txt");
        List<StoredResult> added = SampleResults.samples(30);
        try (ResultStore pg = ResultStores.open(dir, url); ResultStore txt = ResultStores.open(dir, null)) {
            for (StoredResult r : added) {
                pg.add(r);
                txt.add(r);
            }
            assertEquals(txt.all(), pg.all());
        }
        try (ResultStore pg = PostgresResultStore.open(url); ResultStore txt = FileResultStore.open(file)) {
            assertEquals(added, pg.all());
            assertEquals(txt.all(), pg.all());
            for (String student : List.of("li.wei", "王芳", "tab\there", "nobody")) {
                for (String code : List.of("CLASS7", "")) {
                    assertEquals(txt.of(code, student), pg.of(code, student), code + "/" + student);
                }
            }
            assertFalse(pg.of("CLASS7", "li.wei").isEmpty());
        }
    }

    @Test
    void aServerWithResultsDbKeepsResultsThereAcrossARestart() throws Exception {
        String url = freshDatabase();
        var config = io.simbase.server.ServerConfig.builder().port(0).dataDir(dir).resultsDb(url).build();
        var server = io.simbase.server.SimBaseServer.start(config);
        try {
            // the server's store answers students' latest results from memory (LatestResults) over PostgreSQL
            assertTrue(server.results().describe().startsWith("results in PostgreSQL "), server.results().describe());
            SampleResults.samples(4).forEach(server.results()::add);
        } finally {
            server.close();
        }
        try (PostgresResultStore store = PostgresResultStore.open(url)) {
            assertEquals(SampleResults.samples(4), store.all());
        }
        server = io.simbase.server.SimBaseServer.start(config);
        try {
            assertEquals(SampleResults.samples(4), server.results().all());
        } finally {
            server.close();
        }
        assertFalse(java.nio.file.Files.exists(dir.resolve(ResultStores.FILE_NAME)), "no results file beside the database");
    }

    @Test
    void anUnreachableDatabaseIsOneClearLine() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ResultStoreException e = assertThrows(ResultStoreException.class,
                () -> PostgresResultStore.open("jdbc:postgresql://127.0.0.1:" + closedPort + "/x?user=postgres"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot prepare the results database (results in PostgreSQL 127.0.0.1:"
                + closedPort + "/x)"), e.getMessage());
    }

    @Test
    void aUrlThatIsNotPostgresIsRefused() {
        ResultStoreException e = assertThrows(ResultStoreException.class,
                () -> PostgresResultStore.open("jdbc:mysql://localhost/x"));
        assertTrue(e.getMessage().startsWith("--results-db must be a jdbc:postgresql://"), e.getMessage());
    }
}
