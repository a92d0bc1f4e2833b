package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.BindRig;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.GetResult;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.Scope;
import io.simbase.server.net.request.Dispatcher;
import io.simbase.server.net.request.RequestHandler;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks the roles table of DESIGN.md: every row against {@link Capability}'s scopes (the one
 * table the dispatcher reads), every registered request handler against a row, and, for each
 * row that has requests today, a representative request over a real socket from each role, on
 * its own session and on somebody else's.
 */
class RoleTableTest {
    /** DESIGN.md, "Roles", as written there (first cell: what; then student, instructor, technician). */
    static final String DESIGN_TABLE = """
            | may | student | instructor | technician |
            |---|---|---|---|
            | create/join own session, operate it | yes | yes | yes |
            | observe any session of the class | no | yes | yes |
            | force tags, inject faults, pause, reset, time scale | no | yes | no |
            | configure rigs, bind a rig to a session | no | no | yes |
            | download, run and stop a soft-PLC program; open a Modbus TCP port for their own PLC | own session | any session of the class | no |
            | see programs and their variables | own | all | no |
            | start a graded run | own session | any session | no |
            | read recordings and results | own | all | no |
            """;

    static final Role[] COLUMNS = {Role.STUDENT, Role.INSTRUCTOR, Role.TECHNICIAN};

    static Map<String, String[]> rows() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : DESIGN_TABLE.strip().split("\n")) {
            String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|");
            if (cells[0].isBlank() || cells[0].strip().equals("may") || cells[0].startsWith("---")) {
                continue;
            }
            String[] v = new String[COLUMNS.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = cells[i + 1].strip();
            }
            rows.put(cells[0].strip(), v);
        }
        return rows;
    }

    /**
     * What a cell means. "no" on the observe row still leaves a student their own sessions (row
     * one: they operate them, so they watch them); "yes" on the operate row means at least
     * their own sessions (instructors operate any session of the class, as they force tags in it).
     */
    static Set<Scope> allowed(Capability c, String cell) {
        String v = cell.toLowerCase(Locale.ROOT);
        if (v.equals("no")) {
            return c == Capability.OBSERVE ? EnumSet.of(Scope.NONE, Scope.OWN) : EnumSet.of(Scope.NONE);
        }
        if (v.startsWith("own")) {
            return EnumSet.of(Scope.OWN);
        }
        if (v.equals("yes")) {
            return c == Capability.OPERATE ? EnumSet.of(Scope.OWN, Scope.ANY) : EnumSet.of(Scope.ANY);
        }
        if (v.equals("all") || v.startsWith("any")) {
            return EnumSet.of(Scope.ANY);
        }
        throw new AssertionError("a cell this test does not know: " + cell);
    }

    @Test
    void everyRowOfTheTableIsACapabilityWithTheScopesItsCellsSay() {
        Map<String, String[]> rows = rows();
        assertEquals(8, rows.size(), "the table's rows: " + rows.keySet());
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            Capability c = null;
            for (Capability k : Capability.values()) {
                if (row.getKey().equals(k.designRow())) {
                    c = k;
                }
            }
            assertNotNull(c, "no capability stands for the row '" + row.getKey() + "'");
            for (int i = 0; i < COLUMNS.length; i++) {
                Scope s = COLUMNS[i].scope(c);
                assertTrue(allowed(c, row.getValue()[i]).contains(s), c + " for a " + COLUMNS[i].key() + ": the table says '"
                        + row.getValue()[i] + "', the code gives " + s);
            }
        }
        for (Capability k : Capability.values()) {
            assertTrue(k.designRow() == null || rows.containsKey(k.designRow()), k + " names a row the table does not have");
        }
    }

    @Test
    void everyMessageKindHasOneHandlerDeclaringACapabilityOfTheTable() {
        Map<ClientMessage.KindCase, RequestHandler<?>> handlers = Dispatcher.load();
        Set<ClientMessage.KindCase> kinds = EnumSet.allOf(ClientMessage.KindCase.class);
        kinds.remove(ClientMessage.KindCase.KIND_NOT_SET);
        assertEquals(kinds, handlers.keySet(), "one handler per ClientMessage kind");
        Set<ClientMessage.KindCase> logins = EnumSet.of(ClientMessage.KindCase.LOGIN, ClientMessage.KindCase.JOIN_CLASS,
                ClientMessage.KindCase.RESUME, ClientMessage.KindCase.STUDENT_LOGIN, ClientMessage.KindCase.STUDENT_REGISTER);
        for (RequestHandler<?> h : handlers.values()) {
            Capability c = h.needs();
            if (logins.contains(h.kind())) {
                assertEquals(null, c, h.kind() + " is how one authenticates: it needs nothing");
            } else {
                assertNotNull(c, h.kind() + " must declare what it needs");
                assertTrue(c.designRow() != null || c == Capability.OPEN_CLASS || c == Capability.SERVER_STATS
                                || c == Capability.OWN_ACCOUNT
                                || c == Capability.UPLOAD_SCENES,
                        h.kind() + " needs " + c + ", which is not a row of the table");
            }
        }
    }

    // ---------------------------------------------------------------- over a real socket

    static ServerFixture f;
    static final Map<Role, TestClient> clients = new EnumMap<>(Role.class);
    static final Map<Role, String> own = new EnumMap<>(Role.class);
    /** A session of the class that belongs to nobody above. */
    static String others;

    @BeforeAll
    static void start() throws Exception {
        f = new ServerFixture(Files.createTempDirectory("simbase-role-table"));
        TestClient teacher = f.instructor();
        String code = ServerFixture.openClass(teacher);
        clients.put(Role.INSTRUCTOR, teacher);
        clients.put(Role.TECHNICIAN, f.technician());
        clients.put(Role.STUDENT, f.student(code, "Ada"));
        for (Role r : COLUMNS) {
            own.put(r, create(clients.get(r), code));
        }
        try (TestClient bob = f.student(code, "Bob")) {
            others = create(bob, code);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (TestClient c : clients.values()) {
            c.close();
        }
        f.close();
    }

    static String create(TestClient c, String code) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene("sorting-station")
                .setClassCode(code))).getSessionCreated().getSessionId();
    }

    /** A representative request per row that has one today, on the given session. */
    static final Map<Capability, Function<String, ClientMessage.Builder>> REPRESENTATIVE = new LinkedHashMap<>();

    static {
        REPRESENTATIVE.put(Capability.OPERATE, sid -> ClientMessage.newBuilder().setSetInput(
                SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1)));
        REPRESENTATIVE.put(Capability.OBSERVE, sid -> ClientMessage.newBuilder().setObserve(
                Observe.newBuilder().setSessionId(sid)));
        REPRESENTATIVE.put(Capability.CONTROL, sid -> ClientMessage.newBuilder().setForce(
                Force.newBuilder().setSessionId(sid).setTag("part_in").setValue(1)));
        REPRESENTATIVE.put(Capability.CONFIGURE_RIGS, sid -> ClientMessage.newBuilder().setBindRig(
                BindRig.newBuilder().setSessionId(sid).setRig("no-such-rig")));
        // Allowed past the role check, a stop without a downloaded program is refused for that reason.
        REPRESENTATIVE.put(Capability.RUN_PROGRAMS, sid -> ClientMessage.newBuilder().setPlcStop(
                io.simbase.protocol.v1.PlcStop.newBuilder().setSessionId(sid)));
        REPRESENTATIVE.put(Capability.READ_RESULTS, sid -> ClientMessage.newBuilder().setGetResult(
                GetResult.newBuilder().setSessionId(sid)));
    }

    @Test
    void aRepresentativeRequestOfEachRowIsAllowedOrRefusedAsTheTableSays() throws Exception {
        Map<String, String[]> rows = rows();
        List<String> checked = new ArrayList<>();
        for (Map.Entry<Capability, Function<String, ClientMessage.Builder>> e : REPRESENTATIVE.entrySet()) {
            Capability c = e.getKey();
            String[] cells = rows.get(c.designRow());
            for (int i = 0; i < COLUMNS.length; i++) {
                Role role = COLUMNS[i];
                Scope scope = role.scope(c); // matches the table: the first test
                assertTrue(allowed(c, cells[i]).contains(scope));
                boolean onOwn = scope != Scope.NONE;
                boolean onOthers = scope == Scope.ANY;
                expect(role, c, e.getValue().apply(own.get(role)), onOwn, "its own session");
                expect(role, c, e.getValue().apply(others), onOthers, "another student's session");
                checked.add(c + "/" + role.key());
            }
        }
        assertEquals(REPRESENTATIVE.size() * COLUMNS.length, checked.size());
    }

    private static void expect(Role role, Capability c, ClientMessage.Builder m, boolean allowed, String where)
            throws InterruptedException {
        ServerMessage r = clients.get(role).request(m);
        boolean forbidden = r.hasError() && r.getError().getCode() == Error.Code.FORBIDDEN;
        String what = "a " + role.key() + " on " + where + " (" + c + ", " + m.getKindCase() + ")";
        if (allowed) {
            // Allowed past the role check; a rig that does not exist is still refused, for its own reason.
            assertFalse(forbidden, what + " should be allowed: " + r);
        } else {
            assertTrue(forbidden, what + " should be forbidden: " + r);
            assertTrue(r.getError().getText().contains("a " + role.key() + " may not"), r.getError().getText());
        }
    }
}
