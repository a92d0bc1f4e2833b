/**
 * The grader's only way into the engine: {@link io.simbase.grading.plant.PlantModel} wraps a
 * scene (names, validation, new worlds), {@link io.simbase.grading.plant.Plant} wraps one world
 * (tags, operator actions, faults, part counters, the step). Every call into the engine's
 * scene and world API is in these two classes, so an engine API change touches only them.
 *
 * <p>Threading: a plant belongs to the thread that grades with it. Allocation: none per step
 * once the run has started (a growing part table doubles rarely).
 */
package io.simbase.grading.plant;
