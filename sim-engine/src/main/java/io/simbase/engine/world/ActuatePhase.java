package io.simbase.engine.world;

/**
 * A component that acts in the actuate phase: it reads effective actuator tags and moves its
 * mechanisms, surfaces and obstacles. Implementing this interface is what puts a component in
 * the phase; its method overrides {@link Component}'s, which the world calls. Called on the
 * stepping thread; must not allocate.
 */
public interface ActuatePhase {
    void actuate(ActuateContext ctx);
}
