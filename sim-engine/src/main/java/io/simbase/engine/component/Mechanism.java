package io.simbase.engine.component;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.FaultSpec;
import io.simbase.engine.world.Geometry;

/**
 * A component that moves: it can be jammed (does not move, whatever it is commanded) and, if its
 * type offers {@link #SLOW} (it has a travel time), made slow (moves {@code slowFactor} times
 * slower). Holds those fault states
 * and their share of the state stream; subclasses add their own state.
 */
abstract class Mechanism extends Component {
    /** The actuator does not move, whatever it is commanded. */
    static final FaultSpec JAMMED = FaultSpec.of(FaultKind.JAMMED.key(), FaultKind.JAMMED.text());
    /** The actuator moves {@code param} times slower. */
    static final FaultSpec SLOW = FaultSpec.of(FaultKind.SLOW.key(), FaultKind.SLOW.text(), "a factor >= 1", 1,
            Double.POSITIVE_INFINITY);

    /** True while a JAMMED fault is active. */
    protected boolean jammed;
    /** Travel time multiplier: 1, or the SLOW fault's factor. */
    protected double slowFactor = 1;

    protected Mechanism(String id, String type, Geometry geometry) {
        super(id, type, geometry);
    }

    @Override
    protected final void setFault(FaultSpec fault, boolean active, double param) {
        if (JAMMED.equals(fault)) {
            jammed = active;
        } else {
            slowFactor = active ? param : 1;
        }
    }

    @Override
    protected final void writeState(StateSink s) {
        s.putBoolean(jammed);
        s.putDouble(slowFactor);
        writeMechanismState(s);
    }

    @Override
    protected final void readState(StateSource s) {
        jammed = s.getBoolean();
        slowFactor = s.getDouble();
        readMechanismState(s);
    }

    /** Writes the subclass's own dynamic state. */
    protected abstract void writeMechanismState(StateSink s);

    /** Reads what {@link #writeMechanismState} wrote, in the same order. */
    protected abstract void readMechanismState(StateSource s);
}
