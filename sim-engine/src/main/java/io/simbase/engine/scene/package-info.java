/**
 * Scene files (YAML) and input scripts: parsing, validation with file:line errors, and the
 * immutable {@link io.simbase.engine.scene.Scene} that builds worlds. Threading: a Scene is
 * immutable and shared between sessions. Allocation: at load time only.
 */
package io.simbase.engine.scene;
