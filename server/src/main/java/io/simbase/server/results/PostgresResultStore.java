package io.simbase.server.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Results in PostgreSQL, so that a training base's servers share one results database
 * ({@code serve --results-db jdbc:postgresql://HOST:PORT/DB?user=U&password=P}). The schema is
 * created on first open and migrated by Flyway from the versioned scripts in
 * {@code io/simbase/server/results/migration}, with its own history table
 * ({@value #HISTORY_TABLE}) so that it can share a database with other applications.
 *
 * <p>Each call opens its own connection (results are added a few times a minute and read when a
 * page is opened; no pool to size or to keep alive across a database restart). A result and its
 * checks are written in one transaction: after {@link #add} returns it is committed. Thread-safe.
 */
public final class PostgresResultStore implements ResultStore {
    static final String HISTORY_TABLE = "simbase_results_schema_history";
    private static final String MIGRATIONS = "classpath:io/simbase/server/results/migration";

    private final PGSimpleDataSource dataSource;
    private final String description;

    private PostgresResultStore(PGSimpleDataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    /**
     * Connects to {@code jdbcUrl} and brings its schema to the newest version.
     *
     * @throws ResultStoreException naming why, in one line, when the URL is not a PostgreSQL URL,
     *                              the database cannot be reached or a migration fails
     */
    public static PostgresResultStore open(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new ResultStoreException("--results-db must be a jdbc:postgresql://HOST[:PORT]/DB URL, got '"
                    + jdbcUrl + "'", null);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        try {
            ds.setURL(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new ResultStoreException("bad --results-db URL: " + e.getMessage(), e);
        }
        String description = "results in PostgreSQL " + String.join(",", hosts(ds)) + "/" + ds.getDatabaseName();
        try {
            Flyway.configure().dataSource(ds).locations(MIGRATIONS).table(HISTORY_TABLE)
                    .baselineOnMigrate(false).load().migrate();
        } catch (RuntimeException e) {
            throw new ResultStoreException("cannot prepare the results database (" + description + "): "
                    + firstLine(rootMessage(e)), e);
        }
        return new PostgresResultStore(ds, description);
    }

    @Override
    public void add(StoredResult r) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO simbase_result (at_millis, class_code,"
                    + " student, exercise_id, score, pass_mark, passed, capped, recording, student_name)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, r.atMillis());
                ps.setString(2, r.classCode());
                ps.setString(3, r.student());
                ps.setString(4, r.exerciseId());
                ps.setInt(5, r.score());
                ps.setInt(6, r.passMark());
                ps.setBoolean(7, r.passed());
                ps.setBoolean(8, r.capped());
                ps.setString(9, r.recording());
                ps.setString(10, r.studentName());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO simbase_result_check (result_id, ord,"
                    + " check_id, kind, points, awarded, passed, safety, failed_scenario, first_failure_seconds)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                int ord = 0;
                for (StoredCheck k : r.checks()) {
                    ps.setLong(1, id);
                    ps.setInt(2, ord++);
                    ps.setString(3, k.id());
                    ps.setString(4, k.kind());
                    ps.setInt(5, k.points());
                    ps.setInt(6, k.awarded());
                    ps.setBoolean(7, k.passed());
                    ps.setBoolean(8, k.safety());
                    ps.setString(9, k.failedScenario());
                    if (Double.isNaN(k.firstFailureSeconds())) {
                        ps.setNull(10, Types.DOUBLE);
                    } else {
                        ps.setDouble(10, k.firstFailureSeconds());
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new ResultStoreException("cannot keep a result in " + description + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public List<StoredResult> all() {
        return query("", null, null);
    }

    @Override
    public List<StoredResult> of(String classCode, String student) {
        return query(" WHERE r.class_code = ? AND r.student = ?", classCode, student);
    }

    private List<StoredResult> query(String where, String classCode, String student) {
        String sql = "SELECT r.id, r.at_millis, r.class_code, r.student, r.exercise_id, r.score, r.pass_mark,"
                + " r.passed, r.capped, r.recording, k.check_id, k.kind, k.points, k.awarded, k.passed, k.safety,"
                + " k.failed_scenario, k.first_failure_seconds, r.student_name FROM simbase_result r"
                + " LEFT JOIN simbase_result_check k ON k.result_id = r.id" + where + " ORDER BY r.id, k.ord";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (classCode != null) {
                ps.setString(1, classCode);
                ps.setString(2, student);
            }
            Map<Long, Row> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = rows.get(rs.getLong(1));
                    if (row == null) {
                        row = new Row(rs);
                        rows.put(rs.getLong(1), row);
                    }
                    String checkId = rs.getString(11);
                    if (checkId != null) {
                        double at = rs.getDouble(18);
                        row.checks.add(new StoredCheck(checkId, rs.getString(12), rs.getInt(13), rs.getInt(14),
                                rs.getBoolean(15), rs.getBoolean(16), rs.getString(17), rs.wasNull() ? Double.NaN : at));
                    }
                }
            }
            List<StoredResult> out = new ArrayList<>(rows.size());
            for (Row row : rows.values()) {
                out.add(row.result());
            }
            return out;
        } catch (SQLException e) {
            throw new ResultStoreException("cannot read results from " + description + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** One result's columns while its check rows are collected. */
    private static final class Row {
        private final long atMillis;
        private final String classCode;
        private final String student;
        private final String exerciseId;
        private final int score;
        private final int passMark;
        private final boolean passed;
        private final boolean capped;
        private final String recording;
        private final String studentName;
        final List<StoredCheck> checks = new ArrayList<>();

        Row(ResultSet rs) throws SQLException {
            atMillis = rs.getLong(2);
            classCode = rs.getString(3);
            student = rs.getString(4);
            exerciseId = rs.getString(5);
            score = rs.getInt(6);
            passMark = rs.getInt(7);
            passed = rs.getBoolean(8);
            capped = rs.getBoolean(9);
            recording = rs.getString(10);
            String name = rs.getString(19);
            studentName = name.isEmpty() ? student : name; // rows kept before version 2 have none
        }

        StoredResult result() {
            return new StoredResult(atMillis, classCode, student, exerciseId, score, passMark, passed, capped,
                    recording, checks, studentName);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        // no connection is held between calls
    }

    private static List<String> hosts(PGSimpleDataSource ds) {
        List<String> out = new ArrayList<>();
        String[] names = ds.getServerNames();
        int[] ports = ds.getPortNumbers();
        for (int i = 0; i < names.length; i++) {
            out.add(names[i] + (ports != null && i < ports.length && ports[i] > 0 ? ":" + ports[i] : ""));
        }
        return out;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
