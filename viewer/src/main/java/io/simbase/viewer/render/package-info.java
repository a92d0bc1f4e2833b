/**
 * The 3D pass: OpenGL 3.3 core shaders from the assets, unit meshes scaled to the scene's
 * dimensions, one drawer per component type, instanced parts, and an orbit camera. Everything
 * runs on the GL (render) thread; a steady-state frame allocates nothing on the Java heap.
 * Units: metres, degrees for yaw, z up.
 */
package io.simbase.viewer.render;
