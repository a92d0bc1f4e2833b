/**
 * Fault kinds an instructor injects: tag faults at the I/O boundary, component faults inside
 * components. Immutable.
 */
package io.simbase.engine.fault;
