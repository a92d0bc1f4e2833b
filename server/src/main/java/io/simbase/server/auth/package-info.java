/**
 * Accounts, roles, classes and bearer tokens. Everything here is thread-safe and called from
 * network event loops, except password hashing, which is slow on purpose and runs on the
 * server's auth executor. Nothing here touches a session's world. Accounts ({@code users.txt}),
 * open classes ({@code classes.txt}) and token hashes ({@code tokens.txt}) live in the data
 * folder, so a restart logs nobody out and keeps every join code.
 */
package io.simbase.server.auth;
