/**
 * A small Netty WebSocket client of the SimBase protocol, used by tests, the load generator
 * and tools. Listener callbacks run on the client's event loop and must not block.
 */
package io.simbase.server.client;
