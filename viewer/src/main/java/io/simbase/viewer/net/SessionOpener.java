package io.simbase.viewer.net;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.JoinClass;
import io.simbase.protocol.v1.ListScenes;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.PlcCompileError;
import io.simbase.protocol.v1.PlcCompileErrors;
import io.simbase.protocol.v1.PlcDownload;
import io.simbase.protocol.v1.PlcRun;
import io.simbase.protocol.v1.Resume;
import io.simbase.protocol.v1.SceneList;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.viewer.ui.ControllerSummary;
import java.util.List;

/**
 * The conversation that gets a connection from the welcome to a live session, and keeps what
 * must survive a reconnect (the token, the session id, the class code):
 *
 * <pre>
 *   welcome ── token? ──yes──> resume ──error──> sign in
 *      └─────────────no──────> sign in (join_class | login)
 *   logged_in ── session id known? ──yes──> observe ──unknown session──> open anew
 *      student: list_sessions ──> observe the own session of the scene, else create_session;
 *               no scene named: list_scenes ──> CHOOSING (start screen) ──choice──> list_sessions ...
 *      staff:   open_class ──> create_session ──> observe
 *   full_state of the session ──> LIVE
 * </pre>
 *
 * Also polls the session list for what the state stream lacks (time scale, rig, controller).
 * Given a program, it loads it into the live session's soft PLC (plc_download, then plc_run on
 * its input_ack), once per session. A refusal of the sign-in, the session, its creation or the
 * program (compile errors) is final ({@link LinkState#REFUSED}).
 *
 * <p>Threading: {@link #onWelcome}, {@link #onMessage} and {@link #pollStatus} are called under
 * the link's lock; the getters read volatile fields from any thread.
 */
final class SessionOpener {
    /** Sends a request on the current connection and returns its request id. */
    interface Requests {
        long send(ClientMessage.Builder request);
    }

    private final Credentials credentials;
    private final PlcProgram program;
    private final Requests out;

    private volatile LinkState state = LinkState.CONNECTING;
    private volatile String lastError = "";
    private volatile String sessionId;
    private volatile double timeScale = Double.NaN;
    private volatile String rig = "";
    private volatile ControllerSummary controller = ControllerSummary.NONE;
    private volatile SceneList sceneList;
    private String chosenScene = "";
    private String token;
    private String classCode = "";
    private long resumeRequest = -1;
    private long observeRequest = -1;
    private long signInRequest = -1;
    private long createRequest = -1;
    private long statusRequest = -1;
    private long downloadRequest = -1;
    private long runRequest = -1;
    private String programLoadedInto = "";
    private boolean programLoading; // a download or run request is under way on this connection
    private volatile boolean programReady;

    SessionOpener(Credentials credentials, Requests out) {
        this(credentials, null, out);
    }

    /** An opener that also loads {@code program} (null: none) into the session's soft PLC and runs it. */
    SessionOpener(Credentials credentials, PlcProgram program, Requests out) {
        this.credentials = credentials;
        this.program = program;
        this.out = out;
        this.sessionId = credentials.sessionId().isEmpty() ? null : credentials.sessionId();
    }

    LinkState state() {
        return state;
    }

    /** Sets the state from the transport's side (connecting, reconnecting), unless refused for good. */
    void transport(LinkState s, String error) {
        if (state != LinkState.REFUSED) {
            state = s;
            if (error != null) {
                lastError = error;
            }
        }
    }

    String lastError() {
        return lastError;
    }

    String sessionId() {
        return sessionId;
    }

    /** True when there is no program to load, or it runs in the current session. */
    boolean programReady() {
        return program == null || programReady;
    }

    double timeScale() {
        return timeScale;
    }

    String rig() {
        return rig;
    }

    ControllerSummary controller() {
        return controller;
    }

    /** The server's scenes and exercises, once asked for (start screen), else null. */
    SceneList sceneList() {
        return sceneList;
    }

    /** The start screen's choice: opens the own session of {@code sceneId}, or creates one. */
    void choose(String sceneId) {
        if (state != LinkState.CHOOSING || sceneId == null || sceneId.isEmpty()) {
            return;
        }
        chosenScene = sceneId;
        state = LinkState.OPENING;
        out.send(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
    }

    /** The scene to open: the one named on the command line, else the one chosen on the start screen. */
    private String scene() {
        return credentials.scene().isEmpty() ? chosenScene : credentials.scene();
    }

    void onWelcome() {
        state = LinkState.SIGNING_IN;
        programLoading = false; // a request of the old connection gets no reply
        if (token != null) {
            resumeRequest = out.send(ClientMessage.newBuilder().setResume(Resume.newBuilder().setToken(token)));
        } else {
            signIn();
        }
    }

    /**
     * Takes a message of the conversation.
     *
     * @return true when the message is state for the render thread (full state of this
     *         session, delta, events, soft-PLC status, graded run)
     */
    boolean onMessage(ServerMessage m) {
        switch (m.getKindCase()) {
            case WELCOME -> onWelcome();
            case LOGGED_IN -> {
                token = m.getLoggedIn().getToken();
                if (!m.getLoggedIn().getClassCode().isEmpty()) {
                    classCode = m.getLoggedIn().getClassCode();
                }
                openSession();
            }
            case CLASS_OPENED -> {
                classCode = m.getClassOpened().getCode();
                createSession(classCode);
            }
            case SESSION_CREATED -> observe(m.getSessionCreated().getSessionId());
            case SCENE_LIST -> sceneList = m.getSceneList();
            case SESSION_LIST -> {
                if (m.getRequestId() == statusRequest) {
                    status(m.getSessionList().getSessionsList());
                } else {
                    chooseSession(m.getSessionList().getSessionsList());
                }
            }
            case FULL_STATE -> {
                if (m.getFullState().getSessionId().equals(sessionId)) {
                    state = LinkState.LIVE;
                    loadProgram();
                    return true;
                }
            }
            case INPUT_ACK -> {
                if (m.getRequestId() == downloadRequest) {
                    runRequest = out.send(ClientMessage.newBuilder().setPlcRun(PlcRun.newBuilder().setSessionId(sessionId)));
                } else if (m.getRequestId() == runRequest) {
                    programLoadedInto = sessionId;
                    programLoading = false;
                    programReady = true;
                }
            }
            case PLC_ERRORS -> {
                if (m.getRequestId() == downloadRequest) {
                    refuse(compileErrors(m.getPlcErrors()));
                }
            }
            case DELTA, EVENTS, PLC_STATUS, GRADED_RUN -> {
                return true;
            }
            case ERROR -> onError(m.getRequestId(), m.getError());
            default -> {
                // input acks, oks: nothing to do
            }
        }
        return false;
    }

    /** Asks for the session list (time scale, rig), when live and the class is known. */
    void pollStatus() {
        if (state == LinkState.LIVE && !classCode.isEmpty()) {
            statusRequest = out.send(ClientMessage.newBuilder()
                    .setListSessions(ListSessions.newBuilder().setClassCode(classCode)));
        }
    }

    /** Loads the program into the live session unless it is there already (a reconnect to the same session). */
    private void loadProgram() {
        if (program == null || programLoading || sessionId.equals(programLoadedInto)) {
            return;
        }
        programLoading = true;
        runRequest = -1;
        downloadRequest = out.send(ClientMessage.newBuilder().setPlcDownload(PlcDownload.newBuilder()
                .setSessionId(sessionId).setSource(program.source()).setFileName(program.fileName())));
    }

    /** The first compile error as FILE:LINE:COL: message, and how many more there are. */
    private static String compileErrors(PlcCompileErrors e) {
        if (e.getErrorsCount() == 0) {
            return e.getFileName() + ": does not compile";
        }
        PlcCompileError first = e.getErrors(0);
        return e.getFileName() + ":" + first.getLine() + ":" + first.getCol() + ": " + first.getMessage()
                + (e.getErrorsCount() > 1 ? " (and " + (e.getErrorsCount() - 1) + " more errors)" : "");
    }

    /**
     * A student's own sessions: observe the one of the scene to open, else create it; without a
     * scene, show the start screen (the server's list of scenes and exercises).
     */
    private void chooseSession(List<SessionSummary> sessions) {
        String scene = scene();
        if (scene.isEmpty()) {
            state = LinkState.CHOOSING;
            out.send(ClientMessage.newBuilder().setListScenes(ListScenes.getDefaultInstance()));
            return;
        }
        for (SessionSummary s : sessions) {
            if (s.getScene().equals(scene)) {
                observe(s.getSessionId());
                return;
            }
        }
        createSession("");
    }

    private void status(List<SessionSummary> sessions) {
        for (SessionSummary s : sessions) {
            if (s.getSessionId().equals(sessionId)) {
                timeScale = s.getTimeScale();
                rig = s.hasRig() ? s.getRig().getName() + " " + s.getRig().getState() : "";
                controller = new ControllerSummary(s.getSoftPlcRunning(), s.hasRig() ? s.getRig().getClaimedBy() : "",
                        rig, s.getOpcuaClient());
                return;
            }
        }
    }

    private void onError(long requestId, Error e) {
        if (requestId == 0) {
            lastError = e.getText();
            return;
        }
        if (requestId == downloadRequest || requestId == runRequest) {
            refuse("the soft PLC program was refused: " + e.getText());
            return;
        }
        if (requestId == statusRequest) {
            return; // a status poll refused (an older server): the line shows less
        }
        if (requestId == resumeRequest) {
            token = null; // expired or unknown: sign in again
            signIn();
            return;
        }
        if (requestId == observeRequest && e.getCode() == Error.Code.UNKNOWN_SESSION && credentials.sessionId().isEmpty()) {
            sessionId = null; // the server forgot it (restarted): open a new one
            openSession();
            return;
        }
        lastError = e.getText();
        if (requestId == signInRequest || requestId == observeRequest || requestId == createRequest) {
            refuse(e.getText());
        }
    }

    private void refuse(String why) {
        lastError = why;
        state = LinkState.REFUSED;
    }

    private void signIn() {
        ClientMessage.Builder b = ClientMessage.newBuilder();
        if (credentials.kind() == Credentials.Kind.STUDENT) {
            b.setJoinClass(JoinClass.newBuilder().setCode(credentials.classCode())
                    .setDisplayName(credentials.displayName()));
        } else {
            b.setLogin(Login.newBuilder().setUsername(credentials.user()).setPassword(credentials.password()));
        }
        signInRequest = out.send(b);
    }

    private void openSession() {
        state = LinkState.OPENING;
        if (sessionId != null) {
            observe(sessionId);
        } else if (credentials.kind() == Credentials.Kind.STUDENT) {
            out.send(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
        } else if (!credentials.scene().isEmpty()) {
            out.send(ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("viewer")));
        } else {
            refuse("name a session with --session or a scene with --scene");
        }
    }

    private void createSession(String classCodeForStaff) {
        createRequest = out.send(ClientMessage.newBuilder().setCreateSession(
                CreateSession.newBuilder().setScene(scene()).setClassCode(classCodeForStaff)));
    }

    private void observe(String id) {
        if (!id.equals(programLoadedInto)) {
            programReady = false;
        }
        sessionId = id;
        observeRequest = out.send(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(id)));
    }
}
