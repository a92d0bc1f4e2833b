package io.simbase.server.session;

import io.simbase.engine.io.IoImage;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.parts.PartType;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.PublishedState;
import io.simbase.engine.world.World;
import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.ComponentTag;
import io.simbase.protocol.v1.EventBatch;
import io.simbase.protocol.v1.EventKind;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.PartTypeInfo;
import io.simbase.protocol.v1.Parts;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.TagInfo;
import io.simbase.server.session.CommandResult.Summary;
import java.util.List;

/** Builds the stream's messages that are not on the per-frame hot path: layouts, full states, events, the end. */
public final class StateMessages {
    private StateMessages() {
    }

    /** The layout of {@code w}'s scene, as observers get it with their first full state. */
    public static SessionLayout layout(World w) {
        SessionLayout.Builder b = SessionLayout.newBuilder()
                .setScene(w.scene().id())
                .setTitle(w.scene().title())
                .setTitleZh(w.scene().titleZh())
                .setStepNanos(w.stepNanos());
        for (TagDef t : w.layout().tags()) {
            TagInfo.Builder tb = TagInfo.newBuilder().setName(t.name()).setType(t.type().key())
                    .setDirection(t.direction().key()).setMin(t.min()).setMax(t.max()).setUnit(t.unit())
                    .setWritable(w.isWritable(t.index())).setDescription(t.description())
                    .setDescriptionZh(t.descriptionZh());
            b.addTags(tb.addAllFaults(w.tagFaultNames(t.index())));
        }
        for (String v : w.visualNames()) {
            b.addVisualNames(v);
        }
        for (Component c : w.components()) {
            Geometry g = c.geometry();
            ComponentInfo.Builder cb = ComponentInfo.newBuilder().setId(c.id()).setType(c.type())
                    .putAllProperties(c.properties());
            w.scene().wiringOf(c.index()).forEach((key, tag) -> cb.addTags(ComponentTag.newBuilder().setKey(key).setTag(tag)));
            if (g != null) {
                cb.setX(g.x()).setY(g.y()).setZ(g.z()).setSizeX(g.sizeX()).setSizeY(g.sizeY())
                        .setSizeZ(g.sizeZ()).setYawDegrees(g.yawDegrees());
            }
            b.addComponents(cb);
        }
        for (PartType p : w.scene().partTypes()) {
            b.addPartTypes(p.name());
            b.addPartInfo(PartTypeInfo.newBuilder().setName(p.name())
                    .setShape(p.shape() == PartType.Shape.CYLINDER ? "cylinder" : "box")
                    .setSizeX(p.lengthM()).setSizeY(p.widthM()).setSizeZ(p.heightM())
                    .setColour(p.colour() & 0xffffff).setMetal(p.metal()));
        }
        b.addAllFaultKinds(w.faultNames());
        return b.build();
    }

    /**
     * A full state of frame {@code v}; the forced tags are read from {@code world} now and
     * {@code faults} are the active faults ("target:kind"), so that a client needs no older
     * event to show them.
     */
    static FullState full(String sessionId, long frame, PublishedState v, SessionLayout layout, long nextEventSeq,
                          boolean paused, World world, List<String> faults) {
        return full(sessionId, frame, v, layout, nextEventSeq, paused, world, faults, Audience.STAFF);
    }

    /** A full state as {@code audience} is shown it: students get no forced-tag marks ({@code faults} is theirs). */
    public static FullState full(String sessionId, long frame, PublishedState v, SessionLayout layout, long nextEventSeq,
                                 boolean paused, World world, List<String> faults, Audience audience) {
        FullState.Builder b = FullState.newBuilder().setSessionId(sessionId).setFrame(frame)
                .setStep(v.step()).setSimNanos(v.simNanos()).setNextEventSeq(nextEventSeq).setPaused(paused)
                .addAllActiveFaults(faults);
        IoImage io = world.io();
        for (int i = 0; i < io.size() && audience == Audience.STAFF; i++) {
            if (io.isForced(i)) {
                b.addForcedTags(i);
            }
        }
        if (layout != null) {
            b.setLayout(layout);
        }
        for (int i = 0; i < v.tagCount(); i++) {
            b.addTags(v.tag(i));
        }
        for (int i = 0; i < v.visualCount(); i++) {
            b.addVisuals((float) v.visual(i));
        }
        b.setParts(parts(v));
        return b.build();
    }

    /** A session's outcome as a message: the reply to get_result and close_session, and the stream's last message. */
    public static SessionResult result(Summary o) {
        return SessionResult.newBuilder().setSessionId(o.sessionId()).setStep(o.step())
                .setStateHash(StateHasher.hex(o.stateHash())).setRecording(o.recording()).setClosed(o.closed()).build();
    }

    static Parts parts(PublishedState v) {
        Parts.Builder p = Parts.newBuilder();
        for (int i = 0; i < v.partCount(); i++) {
            p.addIds(v.partId(i)).addTypes(v.partType(i))
                    .addXyz((float) v.partX(i)).addXyz((float) v.partY(i)).addXyz((float) v.partZ(i));
        }
        return p.build();
    }

    static EventBatch events(String sessionId, long firstSeq, EventBuffer e) {
        return events(sessionId, firstSeq, e, Audience.STAFF);
    }

    /**
     * The events {@code audience} is shown, numbered from {@code firstSeq} in that audience's own
     * gapless sequence (a student's sequence does not count the staff-only events).
     */
    static EventBatch events(String sessionId, long firstSeq, EventBuffer e, Audience audience) {
        EventBatch.Builder b = EventBatch.newBuilder().setSessionId(sessionId).setFirstSeq(firstSeq);
        for (int i = 0; i < e.size; i++) {
            if (audience == Audience.STUDENT && e.staffOnly[i]) {
                continue;
            }
            b.addStep(e.step[i]).addKind(EventKind.forNumber(e.kind[i]))
                    .addSubject(e.subject[i]).addValue(e.value[i]);
        }
        return b.build();
    }
}
