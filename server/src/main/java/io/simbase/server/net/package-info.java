/**
 * The network edge: one Netty port for HTTP ({@code /healthz}, {@code /metrics}, dashboard
 * files) and the WebSocket {@code /ws}. Everything here runs on Netty event loops, never runs
 * a step and never blocks. Frames become {@code ClientMessage}s here ({@code WsHandler}); what
 * each request may do and how it is answered is {@link io.simbase.server.net.request}. Bad
 * input closes that connection only.
 */
package io.simbase.server.net;
