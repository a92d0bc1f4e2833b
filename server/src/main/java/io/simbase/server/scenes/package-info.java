/**
 * The server's scene library: the bundled scenes and the ones instructors upload into
 * {@code <data>/scenes/}, each checked by the engine's scene loader before it is kept.
 * Thread-safe; uploads do blocking file I/O (call them off the event loop).
 */
package io.simbase.server.scenes;
