package io.simbase.server.net.request;

import io.simbase.plc.CompileError;
import io.simbase.plc.CompileResult;
import io.simbase.plc.PlcCompiler;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.PlcCompileErrors;
import io.simbase.protocol.v1.PlcDownload;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.plc.SessionPlc;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;

/**
 * plc_download: compiles a Structured Text program against the session's scene off the event
 * loop (on the auth executor, never on a sim thread) and hands the compiled, immutable program
 * to the session, which loads it between steps (STOP). A program with errors is not loaded:
 * the reply lists every error with its line and column.
 */
public final class PlcDownloadHandler implements RequestHandler<PlcDownload> {
    /** The name errors carry when the client gives none. */
    static final String DEFAULT_FILE = "program.st";

    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.PLC_DOWNLOAD;
    }

    @Override
    public PlcDownload body(ClientMessage m) {
        return m.getPlcDownload();
    }

    @Override
    public Capability needs() {
        return Capability.RUN_PROGRAMS;
    }

    @Override
    public String action(PlcDownload body) {
        return "download soft-PLC programs";
    }

    @Override
    public String sessionId(PlcDownload body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<PlcDownload> r) {
        if (!r.withinRate()) {
            return;
        }
        String source = r.body().getSource();
        if (source.length() > PlcCompiler.MAX_SOURCE_CHARS) {
            r.refuse(Error.Code.TOO_LARGE, "program too large (" + source.length() + " characters; at most "
                    + PlcCompiler.MAX_SOURCE_CHARS + ")");
            return;
        }
        String file = fileName(r.body().getFileName());
        if (file == null) {
            r.refuse(Error.Code.BAD_REQUEST, "file_name must be at most 100 printable characters without '/' or '\\\\'");
            return;
        }
        Session s = r.session();
        String by = r.principal().name();
        r.services().authExecutor().execute(() -> {
            CompileResult c = SessionPlc.compile(source, file, s.scene().layout());
            if (c.ok()) {
                r.submit(new SessionCommand.PlcLoad(c.program(), source, file, by));
                return;
            }
            PlcCompileErrors.Builder b = PlcCompileErrors.newBuilder().setSessionId(s.id()).setFileName(file);
            for (CompileError e : c.errors()) {
                b.addErrorsBuilder().setLine(e.line()).setCol(e.column()).setMessage(e.message()).setCode(e.code())
                        .addAllArgs(e.args());
            }
            r.reply(ServerMessage.newBuilder().setPlcErrors(b));
        });
    }

    /** The file name to use, or null when it is unfit for a message or a recording line. */
    static String fileName(String given) {
        if (given.isEmpty()) {
            return DEFAULT_FILE;
        }
        if (given.length() > 100 || given.indexOf('/') >= 0 || given.indexOf('\\') >= 0) {
            return null;
        }
        for (int i = 0; i < given.length(); i++) {
            if (Character.isISOControl(given.charAt(i))) {
                return null;
            }
        }
        return given;
    }
}
