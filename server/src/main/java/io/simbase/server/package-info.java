/**
 * The SimBase server: {@link io.simbase.server.SimBaseServer} wires the sim threads
 * ({@code session}), the network edge ({@code net}), accounts ({@code auth}), recordings
 * ({@code record}) and metrics. Configuration is an immutable {@link io.simbase.server.ServerConfig}
 * validated before any thread starts.
 */
package io.simbase.server;
