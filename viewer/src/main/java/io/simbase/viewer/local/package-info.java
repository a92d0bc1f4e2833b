/** The embedded server of {@code view --local}, started by reflection; main thread. */
package io.simbase.viewer.local;
