package io.simbase.engine.world;

/**
 * A component that writes raw sensor values in the sense phase. The context lets it query the
 * plant and write sensors only: it cannot move parts or write actuators. Implementing this
 * interface is what puts a component in the phase; its method overrides {@link Component}'s,
 * which the world calls. Called on the stepping thread; must not allocate.
 */
public interface SensePhase {
    void sense(SenseContext ctx);
}
