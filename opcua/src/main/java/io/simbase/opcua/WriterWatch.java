package io.simbase.opcua;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagDef;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.SessionListener;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;

/**
 * The comm-loss watchdog of OPC UA writers, the counterpart of a Modbus rig's: an OPC UA
 * session that has written an actuator and then closes or goes silent (Milo closes it when its
 * session timeout passes without a request) puts every actuator into the safe state, each
 * actuator's value nearest to 0, as the rig watchdog's ZERO does. Panel controls and sessions
 * that only read are left alone. Runs on Milo's threads; each loss is reported as one line.
 */
final class WriterWatch implements TagVariableFilter.WriteListener, SessionListener {
    private final OpcUaPlant plant;
    private final Consumer<String> log;
    private final Set<Session> writers = ConcurrentHashMap.newKeySet();
    /** Hears who drives the outputs now: "OPC UA client at ADDRESS", or null when no one. */
    private final Consumer<String> controller;

    WriterWatch(OpcUaPlant plant, Consumer<String> log) {
        this(plant, log, who -> { });
    }

    WriterWatch(OpcUaPlant plant, Consumer<String> log, Consumer<String> controller) {
        this.plant = plant;
        this.log = log;
        this.controller = controller;
    }

    @Override
    public void written(Session session, TagDef tag, double value) {
        if (tag.direction() == Direction.ACTUATOR && writers.add(session)) {
            log.accept("opcua: " + who(session) + " writes outputs");
            controller.accept("OPC UA client at " + session.getClientAddress());
        }
    }

    @Override
    public void onSessionClosed(Session session) {
        if (!writers.remove(session)) {
            return;
        }
        int n = 0;
        for (TagDef tag : plant.layout().tags()) {
            if (tag.direction() == Direction.ACTUATOR) {
                plant.submit(tag.index(), tag.coerce(0));
                n++;
            }
        }
        log.accept("comm lost: opcua " + who(session) + " closed or timed out; " + n + " actuators to zero");
        Session other = writers.stream().findFirst().orElse(null);
        controller.accept(other == null ? null : "OPC UA client at " + other.getClientAddress());
    }

    /** Sessions that wrote an actuator and are still open. */
    int writers() {
        return writers.size();
    }

    private static String who(Session session) {
        Identity id = session.getIdentity();
        String user = id instanceof Identity.UsernameIdentity u ? u.getUsername() : "anonymous";
        return "session '" + session.getSessionName() + "' (" + user + " from " + session.getClientAddress() + ")";
    }
}
