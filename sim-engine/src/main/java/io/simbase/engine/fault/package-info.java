/**
 * The fault names the wire protocol and recordings know, with stable codes: the tag faults an
 * instructor injects at the I/O boundary, and the names of the common component faults (which
 * component accepts which is declared by its type). Immutable.
 */
package io.simbase.engine.fault;
