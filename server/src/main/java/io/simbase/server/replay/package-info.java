/**
 * Recordings replayed in the browser: the list of kept recordings ({@link
 * io.simbase.server.replay.RecordingFiles}) and replay cursors opened by clients ({@link
 * io.simbase.server.replay.Replays}), stepped on one replay thread of their own so that a long
 * seek never holds an event loop or a sim thread. Positions are steps since a recording began,
 * across resets. Allocates freely (not a hot path).
 */
package io.simbase.server.replay;
