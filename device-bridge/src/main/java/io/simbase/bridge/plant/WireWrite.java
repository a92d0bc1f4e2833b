package io.simbase.bridge.plant;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagDef;

/**
 * The one rule for how a value that arrived over a wire (a PLC's write to a slave rig, a
 * device read by a master rig) enters the plant. Every applier of rig writes (the server's
 * session and {@code rig serve}'s real-time runner) asks this class instead of deciding itself.
 *
 * <ul>
 * <li>An actuator tag takes the value as the controller's {@link #COMMAND} (the world's
 *     {@code setInput}).</li>
 * <li>A sensor tag takes it as a {@link #FORCE}: a wire carries the electrical state of a
 *     contact or a measurement, already what the tag reads. This includes panel controls: a
 *     real NC stop button wired to remote I/O reads 1 while released, so its wire value must not
 *     go through the operator's "1 = pressed" semantics a second time.</li>
 * </ul>
 * An operator's action from a panel (dashboard, {@code rig serve}'s terminal) is not a wire
 * value and does not use this rule. Stateless; any thread.
 */
public enum WireWrite {
    /** The controller's command to an actuator. */
    COMMAND,
    /** A sensor's reading from a real device, overriding the simulated value. */
    FORCE;

    /** How a wire value for {@code tag} enters the plant. */
    public static WireWrite of(TagDef tag) {
        return tag.direction() == Direction.ACTUATOR ? COMMAND : FORCE;
    }
}
