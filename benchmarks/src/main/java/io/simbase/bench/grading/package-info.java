/**
 * Grading speed: a class's programs graded headless ({@link io.simbase.bench.grading.GradeClassMain}).
 * Single-threaded per grading; the main may grade on several threads at once.
 */
package io.simbase.bench.grading;
