package io.simbase.server.record;

/** A recording that cannot be read or replayed; the message names file and line. */
public final class RecordingException extends RuntimeException {
    public RecordingException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
