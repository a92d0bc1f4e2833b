/**
 * The viewer's GL thread: window, main loop, input, frame rendering, off-screen targets and
 * screenshots. Everything here runs on the thread that opened the window.
 */
package io.simbase.viewer.app;
