/**
 * The viewer's WebSocket link to a SimBase server ({@code simbase.v1} protobuf frames over the
 * JDK's {@link java.net.http.WebSocket}): sign-in, opening the session, reconnecting after a
 * network blip, round-trip time. The link runs on the HTTP client's threads and hands state
 * messages to the render thread through a queue; it allocates per message, never per frame.
 */
package io.simbase.viewer.net;
