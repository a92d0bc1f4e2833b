/**
 * The full server's OPC UA side ({@code serve --opcua-port}): a folder per live session,
 * SimBase's own accounts and tokens as UserName sign-in, writes as session inputs.
 */
package io.simbase.server.opcua;
