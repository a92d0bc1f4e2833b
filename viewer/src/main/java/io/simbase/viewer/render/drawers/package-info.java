/**
 * One drawer per component type, registered by name in {@link io.simbase.viewer.render.drawers.ComponentDrawers}.
 * GL thread only; drawing allocates nothing.
 */
package io.simbase.viewer.render.drawers;
