/**
 * The checker and compiler: from the ANTLR parse tree to runtime nodes, with every error of a
 * file reported as {@code FILE:LINE:COL: message}. Compile time only; any thread.
 */
package io.simbase.plc.compile;
