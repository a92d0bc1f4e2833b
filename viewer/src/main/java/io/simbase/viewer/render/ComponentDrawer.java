package io.simbase.viewer.render;

import io.simbase.viewer.state.PlantMirror;

/**
 * Draws one component type from its layout geometry and its visual values. One drawer per
 * type, registered by type name in {@code ComponentDrawers}; a type without a drawer of its own is
 * drawn from the engine's top-down drawing it carries (the generic drawer), else as a plain box. GL thread only; {@link #draw} must not allocate.
 */
public interface ComponentDrawer {
    /** Names of the visual values the drawer reads, e.g. {@code extension_m}. */
    default String[] visualNames() {
        return new String[0];
    }

    /** Called once when the layout arrives, to set {@link ComponentView#bounds} if the footprint is not right. */
    default void prepare(ComponentView c) {
    }

    /** As {@link #prepare(ComponentView)}, for drawers that resolve visual names of their own against {@code m}. */
    default void prepare(ComponentView c, PlantMirror m) {
        prepare(c);
    }

    /** Draws the component as it stands at {@code nowNanos} (visuals interpolated between frames). */
    void draw(ComponentView c, Painter p, PlantMirror m, long nowNanos);

    /**
     * Message keys of the words the drawer's label uses (the viewer's language files,
     * {@code simbase/viewer/i18n}); the renderer puts their texts in {@link ComponentView#words},
     * in this order, when the layout arrives.
     */
    default String[] wordKeys() {
        return new String[0];
    }

    /**
     * A short live label drawn beside the component on screen (a bin's count, a tank's level):
     * appends it to {@code out} and returns true, or returns false for none. Must not allocate.
     */
    default boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        return false;
    }
}
