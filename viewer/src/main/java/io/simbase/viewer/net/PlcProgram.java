package io.simbase.viewer.net;

/**
 * A Structured Text program the viewer loads into its session's soft PLC and puts into RUN once
 * the session is live ({@code view --local SCENE --plc FILE.st}). Immutable.
 *
 * @param fileName the name compile errors carry
 * @param source   the program text (at most 1 MiB, the server's limit)
 */
public record PlcProgram(String fileName, String source) {
}
