package io.simbase.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.EventKind;
import io.simbase.protocol.v1.LoggedIn;
import io.simbase.protocol.v1.ServerMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's hand-written schema (schema.js) against the proto it mirrors (simbase.proto,
 * through the generated descriptors): every field the dashboard reads or writes has the
 * proto's number, name, type, repeatedness and oneof, and every enum it names has the proto's
 * numbers. A proto change the dashboard does not follow fails here, not in a classroom.
 */
class DashboardSchemaTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = DashboardSchemaTest.class.getClassLoader().getResourceAsStream("simbase/web/" + name)) {
            assertNotNull(in, name + " on the class path (assets module)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, List<Object>>> schema() throws IOException {
        Map<String, Object> consts = JsLiteral.constants(resource("schema.js"));
        return (Map<String, Map<String, List<Object>>>) consts.get("SCHEMA");
    }

    @Test
    void everyFieldOfTheDashboardSchemaIsTheProtosField() throws IOException {
        Map<String, Map<String, List<Object>>> schema = schema();
        List<String> problems = new ArrayList<>();
        compare(schema, "ClientMessage", ClientMessage.getDescriptor(), problems);
        compare(schema, "ServerMessage", ServerMessage.getDescriptor(), problems);
        for (String name : schema.keySet()) { // entries named after a proto message describe that message
            Descriptor d = ClientMessage.getDescriptor().getFile().findMessageTypeByName(name);
            if (d != null) {
                compare(schema, name, d, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aChangedFieldIsCaught() throws IOException {
        Map<String, Map<String, List<Object>>> schema = schema();
        Map<String, List<Object>> full = new LinkedHashMap<>(schema.get("FullState"));
        full.put("11", List.of("forced_tags", "uint64", true)); // a wrong type, as a stale copy would have
        schema.put("FullState", full);
        List<String> problems = new ArrayList<>();
        compare(schema, "ServerMessage", ServerMessage.getDescriptor(), problems);
        problems = problems.stream().distinct().toList(); // one problem, found on each path that reaches FullState
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("FullState.forced_tags"), problems.get(0));
    }

    /** Each field of {@code schema[name]} against {@code d}, and the messages it refers to, recursively. */
    private static void compare(Map<String, Map<String, List<Object>>> schema, String name, Descriptor d,
                                List<String> problems) {
        Map<String, List<Object>> fields = schema.get(name);
        if (fields == null) {
            problems.add("schema.js has no entry " + name);
            return;
        }
        for (Map.Entry<String, List<Object>> e : fields.entrySet()) {
            int number = Integer.parseInt(e.getKey());
            List<Object> f = e.getValue();
            String fname = (String) f.get(0);
            String type = (String) f.get(1);
            boolean repeated = f.size() > 2 && Boolean.TRUE.equals(f.get(2));
            String oneof = f.size() > 3 ? (String) f.get(3) : null;
            FieldDescriptor p = d.findFieldByNumber(number);
            String where = d.getName() + "." + fname + " (" + number + ")";
            if (p == null) {
                problems.add(where + ": no such field number in the proto");
                continue;
            }
            if (!p.getName().equals(fname)) {
                problems.add(where + ": the proto calls field " + number + " '" + p.getName() + "'");
            }
            if (p.isRepeated() != repeated) {
                problems.add(where + ": repeated is " + p.isRepeated() + " in the proto");
            }
            String protoOneof = p.getRealContainingOneof() == null ? null : p.getRealContainingOneof().getName();
            if (!Objects.equals(protoOneof, oneof)) {
                problems.add(where + ": oneof is " + protoOneof + " in the proto");
            }
            String want = jsType(p);
            if (want.equals("message")) {
                Map<String, List<Object>> ref = schema.get(type);
                if (ref == null) {
                    problems.add(where + ": schema.js has no entry " + type);
                } else {
                    compare(schema, type, p.getMessageType(), problems);
                }
            } else if (!want.equals(type)) {
                problems.add(where + ": type '" + type + "' where the proto has " + want);
            }
        }
    }

    private static String jsType(FieldDescriptor p) {
        if (p.isMapField()) {
            return "map";
        }
        return switch (p.getType()) {
            case MESSAGE -> "message";
            case ENUM -> "enum";
            case STRING -> "string";
            default -> p.getType().name().toLowerCase(Locale.ROOT);
        };
    }

    @Test
    void theEnumsTheDashboardNamesAreTheProtos() throws IOException {
        Map<String, Object> consts = JsLiteral.constants(resource("schema.js"));
        assertEquals(names(LoggedIn.Role.getDescriptor(), true), consts.get("ROLES"), "ROLES: LoggedIn.Role by number");
        assertEquals(names(EventKind.getDescriptor(), false), consts.get("EVENT_KINDS"), "EVENT_KINDS: EventKind by number");
        assertEquals(numbers(Error.Code.getDescriptor()), consts.get("ERROR_CODES"), "ERROR_CODES: Error.Code");
        assertEquals(numbers(Control.Action.getDescriptor()), consts.get("CONTROL"), "CONTROL: Control.Action");
        assertEquals(names(io.simbase.protocol.v1.SessionSummary.ControllerFault.getDescriptor(), false),
                consts.get("CONTROLLER_FAULTS"), "CONTROLLER_FAULTS: SessionSummary.ControllerFault by number");
    }

    /** Names by number, from 1; index 0 (the unspecified value) is '?'. */
    private static List<Object> names(EnumDescriptor e, boolean lowerCase) {
        List<Object> out = new ArrayList<>();
        out.add("?");
        for (EnumValueDescriptor v : e.getValues()) {
            if (v.getNumber() > 0) {
                assertEquals(out.size(), v.getNumber(), e.getName() + " numbers are dense");
                out.add(lowerCase ? v.getName().toLowerCase(Locale.ROOT) : v.getName());
            }
        }
        return out;
    }

    private static Map<String, Object> numbers(EnumDescriptor e) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (EnumValueDescriptor v : e.getValues()) {
            if (v.getNumber() > 0) {
                out.put(v.getName(), (double) v.getNumber());
            }
        }
        return out;
    }

    @Test
    void theDashboardUsesNamesNotNumbersForCodesAndKnowsNoFaultKindsOfItsOwn() throws IOException {
        String app = resource("app.js");
        assertFalse(Pattern.compile("\\.(code|action|kind|role)\\s*===?\\s*\\d").matcher(app).find(),
                "a magic number compared with a proto enum in app.js");
        assertFalse(app.contains("FAULT_KINDS") || resource("schema.js").contains("FAULT_KINDS"),
                "fault kinds come with each session's layout (SessionLayout.fault_kinds)");
    }
}
