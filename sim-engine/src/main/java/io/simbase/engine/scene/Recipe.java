package io.simbase.engine.scene;

import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.Component;

/** A component as a scene declares it: its type and its checked settings. Immutable. */
record Recipe(ComponentType type, ComponentConfig config) {
    /** A fresh component. */
    Component create() {
        return type.create(config);
    }
}
