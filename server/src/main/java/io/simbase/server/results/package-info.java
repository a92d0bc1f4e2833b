/**
 * Kept grade results: every finished graded run of a student on an exercise, with each check's
 * outcome and the recording that is its evidence. {@link io.simbase.server.results.ResultStore}
 * has two implementations, an append-only file in the data folder
 * ({@link io.simbase.server.results.FileResultStore}, the default) and PostgreSQL
 * ({@link io.simbase.server.results.PostgresResultStore}, {@code serve --results-db}), which give
 * the same results for the same additions. Stores are thread-safe and are never called from a
 * sim thread (a result is added from the thread that finishes a run's bookkeeping).
 */
package io.simbase.server.results;
