/**
 * The network edge: one Netty port for HTTP ({@code /healthz}, {@code /metrics}, dashboard
 * files) and the WebSocket {@code /ws}. Everything here runs on Netty event loops, never runs
 * a step and never blocks; requests are checked here (authentication, role, tag, range) and
 * then queued to the session's sim thread. Bad input closes that connection only.
 */
package io.simbase.server.net;
