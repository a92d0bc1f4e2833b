package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ImportRoster;
import io.simbase.protocol.v1.RosterImported;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.ClassRoom;
import io.simbase.server.auth.Roster;
import java.util.List;

/**
 * import_roster: an instructor adds a class's students from CSV; the reply lists them with the
 * codes to print for the new ones. Hashing runs on the auth executor, off the event loop.
 */
public final class ImportRosterHandler implements RequestHandler<ImportRoster> {
    /** Characters of CSV text one import may carry (a class of a few hundred students fits easily). */
    static final int MAX_CSV_CHARS = 200_000;

    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.IMPORT_ROSTER;
    }

    @Override
    public ImportRoster body(ClientMessage m) {
        return m.getImportRoster();
    }

    @Override
    public Capability needs() {
        return Capability.OPEN_CLASS;
    }

    @Override
    public String action(ImportRoster body) {
        return "import class rosters";
    }

    @Override
    public void handle(Request<ImportRoster> r) {
        ClassRoom room = r.services().classes().find(r.body().getClassCode());
        if (room == null) {
            r.refuse(Error.Code.UNKNOWN_CLASS, "no open class with code '" + r.body().getClassCode() + "'");
            return;
        }
        if (r.body().getCsv().length() > MAX_CSV_CHARS) {
            r.refuse(Error.Code.BAD_REQUEST, "roster: more than " + MAX_CSV_CHARS + " characters");
            return;
        }
        Roster roster = r.services().classes().roster();
        String csv = r.body().getCsv();
        r.services().authExecutor().execute(() -> {
            List<Roster.Imported> students;
            try {
                students = roster.importCsv(room.code(), csv);
            } catch (IllegalArgumentException e) {
                r.refuse(Error.Code.BAD_REQUEST, e.getMessage());
                return;
            }
            RosterImported.Builder b = RosterImported.newBuilder().setClassCode(room.code());
            for (Roster.Imported s : students) {
                b.addStudents(RosterImported.Student.newBuilder().setStudentNumber(s.number()).setName(s.name())
                        .setCode(s.code()));
            }
            r.reply(ServerMessage.newBuilder().setRosterImported(b));
        });
    }
}
