/**
 * What the viewer knows of its session: the mirror of layout, tags, visuals and parts fed by
 * the link's messages, with interpolation between frames, and the looks of part types.
 * Owned by the render thread; allocation only when a layout arrives or capacity grows.
 * Units: metres, seconds, engineering values of tags.
 */
package io.simbase.viewer.state;
