/**
 * The small expression language of exercise checks: parsed once into immutable node trees,
 * evaluated per step against a run's {@link io.simbase.grading.expr.Signals} without
 * allocating; the memory of stateful functions lives in a per-run {@code double[]}.
 */
package io.simbase.grading.expr;
