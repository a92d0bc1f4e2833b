/**
 * Session recordings: a text file per session under {@code <data>/recordings/}.
 *
 * <pre>
 * #simbase-recording 1
 * scene sorting-station
 * seed 42
 * in 120 3 1.0            input: step, tag index, value (Java's round-trip double text)
 * force 400 5 0.0         force: step, tag index, value
 * unforce 900 5
 * fault 950 entry_belt jammed 0.0
 * clear 1200 entry_belt jammed
 * part 1300 feeder tall_metal   a part type queued for an emitter (a scenario's parts by type)
 * reset 1500              the world is rebuilt; later steps count from 0 again
 * hash 200 1f3a...        checkpoint: state hash after that many steps
 * end 2400 9c1b...        session closed: final step and hash
 * </pre>
 *
 * Pause, resume and time scale are written as comments: they change wall pacing, not the
 * step sequence. A record counts only when its newline was written, so a file cut mid-write
 * replays up to its last whole record. Writers append on the session's sim thread into memory;
 * one flusher thread writes to the file every 250 ms (a killed server loses at most that).
 */
package io.simbase.server.record;
