package io.simbase.server.opcua;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.opcua.OpcUaPlant;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.Controllers;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;
import io.simbase.server.session.SessionPlant;

/**
 * A live session as the OPC UA server sees it. Reads come from the session's published state;
 * a write is a {@link SessionCommand.SetInput}, the same command a dashboard client's input is:
 * queued (bounded), applied between two steps and recorded with its step, so a replay of the
 * recording gives the live hash. Any thread; {@link #submit} allocates the command.
 */
final class SessionOpcUaPlant implements OpcUaPlant {
    /** The result of an OPC UA write arrives after Milo has answered: nothing waits for it. */
    private static final CommandReply IGNORE = result -> { };

    private final Session session;
    private final SessionPlant published;

    SessionOpcUaPlant(Session session) {
        this.session = session;
        this.published = session.plant();
    }

    @Override
    public IoLayout layout() {
        return published.layout();
    }

    @Override
    public boolean isWritable(int tagIndex) {
        return session.isWritable(tagIndex);
    }

    @Override
    public long readTags(double[] dest) {
        return published.readTags(dest);
    }

    @Override
    public String refusal(int tagIndex) {
        if (published.layout().tag(tagIndex).direction() != Direction.ACTUATOR) {
            return null; // panel buttons and the like are an operator's, not a controller's
        }
        String other = Controllers.drivingBesides(session, Controllers.Kind.OPC_UA);
        return other == null ? null : other + " already drives the outputs of session " + session.id();
    }

    @Override
    public boolean submit(int tagIndex, double value) {
        return session.submit(new SessionCommand.SetInput(tagIndex, value), IGNORE);
    }
}
