/**
 * Part dynamics: the purpose-built planar solver for workpieces on belts, chutes, pushers and
 * stoppers (see docs/decisions/0001-part-physics-solver.md). Threading: stepping thread only.
 * Allocation: fixed arrays sized at build, none per step. Units: metres, seconds, kilograms.
 */
package io.simbase.engine.parts;
