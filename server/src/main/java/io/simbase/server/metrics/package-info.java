/**
 * Server figures and their Prometheus text. Read on network threads; sim threads only record
 * into HdrHistogram recorders and single-writer counters. Lateness is kept in nanoseconds and
 * exported in seconds (Prometheus) or milliseconds (the {@code stats} message).
 */
package io.simbase.server.metrics;
