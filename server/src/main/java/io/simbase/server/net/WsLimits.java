package io.simbase.server.net;

/**
 * What one WebSocket connection may send: the largest frame (and HTTP request) in bytes, and
 * its input rate limit (inputs per second, and the burst above that rate). Immutable; checked
 * by the server's configuration before any channel opens.
 */
public record WsLimits(int maxFrameBytes, double inputsPerSecond, int inputBurst) {
}
