package io.simbase.engine.core;

/**
 * Kinds of one-time changes a world reports. Events are never merged or dropped by the
 * engine; the {@code subject} and {@code value} of each kind are listed here.
 */
public enum EventKind {
    /** A bool or int tag's effective value changed. subject: tag index; value: new value. */
    TAG_CHANGED,
    /** An input was applied. subject: tag index; value: the value applied. */
    INPUT_APPLIED,
    /** A tag was forced. subject: tag index; value: forced value. */
    FORCE_ON,
    /** A force was released. subject: tag index; value: 0. */
    FORCE_OFF,
    /** A tag fault was injected. subject: tag index; value: FaultKind ordinal. */
    TAG_FAULT_ON,
    /** A tag fault was cleared. subject: tag index; value: FaultKind ordinal. */
    TAG_FAULT_OFF,
    /** A component fault was injected. subject: component index; value: FaultKind ordinal. */
    COMPONENT_FAULT_ON,
    /** A component fault was cleared. subject: component index; value: FaultKind ordinal. */
    COMPONENT_FAULT_OFF,
    /** A part appeared. subject: part id; value: part type index. */
    PART_CREATED,
    /** A part was taken by a remover. subject: part id; value: remover component index. */
    PART_REMOVED,
    /** A part fell to the floor and was lost. subject: part id; value: 0. */
    PART_LOST,
    /** An alarm came on. subject: component index; value: alarm code of that component. */
    ALARM_ON,
    /** An alarm went off. subject: component index; value: alarm code. */
    ALARM_OFF
}
