package io.simbase.server.session;

import java.util.List;

/**
 * A session's active faults as {@code target:kind} names: all of them (staff see these) and the
 * announced ones (students see only these). Immutable; a session publishes a new one when a
 * fault comes or goes, readable from any thread.
 */
public record ActiveFaults(List<String> all, List<String> announced) {
    /** No fault active. */
    public static final ActiveFaults NONE = new ActiveFaults(List.of(), List.of());

    public ActiveFaults {
        all = List.copyOf(all);
        announced = List.copyOf(announced);
    }

    /** The faults {@code audience} is shown. */
    public List<String> shownTo(Audience audience) {
        return audience == Audience.STUDENT ? announced : all;
    }
}
