/**
 * The state stream: one traversal of a world's dynamic state feeds both the 64-bit state hash
 * and snapshots, so they always agree. Threading: the stepping thread. Allocation: the hasher
 * none; snapshots one byte array each.
 */
package io.simbase.engine.state;
