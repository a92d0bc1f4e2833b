package io.simbase.opcua;

import java.util.function.Consumer;

/**
 * A live session as the OPC UA server sees it: where its folder goes
 * ({@code Sessions/<classCode>/<owner>/<id>}), its plant, its step, and where to report who
 * drives its outputs over OPC UA ("OPC UA client at ADDRESS", or null when no client does).
 * Immutable.
 */
public record LiveSession(String id, String classCode, String owner, OpcUaPlant plant, double stepMillis,
                          Consumer<String> controller) {
}
