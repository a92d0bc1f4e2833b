package io.simbase.viewer.net;

/**
 * Who the viewer signs in as and which session it shows; immutable.
 *
 * <p>A student joins a class with its code and opens (or resumes) a session of {@code scene};
 * a staff member signs in with a user name and password and either watches {@code sessionId}
 * or, without one, opens a class and creates a session of {@code scene} (the embedded server
 * of {@code --local} works this way).
 */
public record Credentials(Kind kind, String classCode, String displayName, String user, String password,
                          String scene, String sessionId) {
    /** How the viewer signs in. */
    public enum Kind { STUDENT, STAFF }

    public static Credentials student(String classCode, String displayName, String scene) {
        return new Credentials(Kind.STUDENT, classCode, displayName, "", "", scene == null ? "" : scene, "");
    }

    public static Credentials staff(String user, String password, String scene, String sessionId) {
        return new Credentials(Kind.STAFF, "", "", user, password, scene == null ? "" : scene,
                sessionId == null ? "" : sessionId);
    }
}
