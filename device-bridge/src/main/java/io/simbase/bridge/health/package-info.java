/**
 * Comm health of a rig link: state (online, degraded, offline), counters and latency
 * histograms in nanoseconds. Written by one I/O thread, read by any thread; recording never
 * allocates.
 */
package io.simbase.bridge.health;
