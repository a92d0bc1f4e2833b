package io.simbase.engine.schema;

import java.util.List;

/**
 * A set of component types, found with {@link java.util.ServiceLoader}: a jar (or a test's
 * classpath) adds types by naming its plugin class in
 * {@code META-INF/services/io.simbase.engine.schema.ComponentPlugin}. The engine's own types
 * are one such plugin. An implementation needs a public no-argument constructor.
 */
public interface ComponentPlugin {
    /** The types, in the order the documentation lists them. */
    List<ComponentType> componentTypes();
}
