/**
 * Accounts, roles, classes and bearer tokens. Everything here is thread-safe and called from
 * network event loops, except password hashing, which is slow on purpose and runs on the
 * server's auth executor. Nothing here touches a session's world.
 */
package io.simbase.server.auth;
