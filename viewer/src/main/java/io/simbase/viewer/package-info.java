/**
 * The SimBase workstation viewer: {@code simbase view} on the command line. The link runs on
 * its own threads; everything else on the GL (main) thread.
 */
package io.simbase.viewer;
