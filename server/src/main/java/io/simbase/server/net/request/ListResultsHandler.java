package io.simbase.server.net.request;

import io.simbase.grading.exercise.Check;
import io.simbase.grading.exercise.Exercise;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ListResults;
import io.simbase.protocol.v1.ResultCheck;
import io.simbase.protocol.v1.ResultList;
import io.simbase.protocol.v1.ResultRow;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Roster;
import io.simbase.server.auth.Scope;
import io.simbase.server.results.ExerciseCatalog;
import io.simbase.server.results.StoredCheck;
import io.simbase.server.results.StoredResult;
import io.simbase.server.results.StudentIdentity;
import java.util.List;

/**
 * list_results: kept graded runs. A student gets only their own, found by their identity
 * ({@link StudentIdentity}: the student number of a roster student), enforced here from the
 * principal whatever the request says; an instructor every student's, or one class's. The
 * store is read on the auth executor (it may be a database round trip), never on the event loop.
 */
public final class ListResultsHandler implements RequestHandler<ListResults> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.LIST_RESULTS;
    }

    @Override
    public ListResults body(ClientMessage m) {
        return m.getListResults();
    }

    @Override
    public Capability needs() {
        return Capability.READ_RESULTS;
    }

    @Override
    public String action(ListResults body) {
        return "read results";
    }

    @Override
    public String sessionId(ListResults body) {
        return null;
    }

    @Override
    public void handle(Request<ListResults> r) {
        Principal p = r.principal();
        boolean own = r.scope() == Scope.OWN;
        String classFilter = r.body().getClassCode();
        var store = r.services().results();
        Roster roster = r.services().classes().roster();
        long id = r.id();
        Caller caller = r.caller();
        r.services().authExecutor().execute(() -> {
            List<StoredResult> rows;
            try {
                if (own) {
                    String classCode = p.classCode() == null ? "" : p.classCode();
                    rows = store.of(classCode, StudentIdentity.of(p.name(), classCode, roster).key());
                } else {
                    rows = store.all();
                    if (!classFilter.isEmpty()) {
                        rows = rows.stream().filter(x -> x.classCode().equals(classFilter)).toList();
                    }
                }
            } catch (RuntimeException e) {
                caller.send(Replies.error(id, Error.Code.INTERNAL, "results cannot be read: " + e.getMessage()));
                return;
            }
            caller.send(ServerMessage.newBuilder().setRequestId(id).setResults(list(rows)).build());
        });
    }

    /**
     * The rows as the wire carries them; each check with its exercise's message in both
     * languages (a result keeps check ids only: the bundled exercise is the one source of texts).
     */
    static ResultList list(List<StoredResult> rows) {
        ResultList.Builder b = ResultList.newBuilder();
        for (StoredResult x : rows) {
            ResultRow.Builder row = ResultRow.newBuilder().setAtMillis(x.atMillis()).setClassCode(x.classCode())
                    .setStudent(x.student()).setExerciseId(x.exerciseId()).setScore(x.score())
                    .setPassMark(x.passMark()).setPassed(x.passed()).setCapped(x.capped()).setRecording(x.recording())
                    .setStudentName(x.studentName());
            Exercise exercise = ExerciseCatalog.find(x.exerciseId());
            for (StoredCheck c : x.checks()) {
                ResultCheck.Builder k = ResultCheck.newBuilder().setId(c.id()).setKind(c.kind()).setPoints(c.points())
                        .setAwarded(c.awarded()).setPassed(c.passed()).setSafety(c.safety());
                Check check = exercise == null ? null : exercise.check(c.id());
                if (check != null) {
                    k.setMessageZh(check.message().zh()).setMessageEn(check.message().en()).addAllTags(exercise.tagsOf(check));
                }
                if (!c.passed()) {
                    k.setFailedScenario(c.failedScenario() == null ? "" : c.failedScenario())
                            .setFailedAtSeconds(c.firstFailureSeconds());
                }
                row.addChecks(k);
            }
            b.addRows(row);
        }
        return b.build();
    }
}
