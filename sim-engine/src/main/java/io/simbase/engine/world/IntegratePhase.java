package io.simbase.engine.world;

/**
 * A component that acts in the integrate phase, after the part solver: process models,
 * emitters and removers. Implementing this interface is what puts a component in the phase;
 * its method overrides {@link Component}'s, which the world calls. Called on the stepping
 * thread; must not allocate.
 */
public interface IntegratePhase {
    void integrate(IntegrateContext ctx);
}
