/**
 * Rig files: a physical rig's link, role, unit, timing, watchdog and register map, parsed from
 * YAML into immutable values with file and line in every error. Used on the command line and
 * server threads, never on an I/O thread.
 */
package io.simbase.bridge.rig;
