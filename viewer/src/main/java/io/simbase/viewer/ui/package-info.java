/**
 * The 2D layer over the plant: the font atlas (stb_truetype), one quad batch, the operator
 * panel, the heads-up line, the inspector, and the texts in Chinese and English.
 * Render thread only; a steady-state frame allocates nothing.
 */
package io.simbase.viewer.ui;
