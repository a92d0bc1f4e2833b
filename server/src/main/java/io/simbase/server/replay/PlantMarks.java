package io.simbase.server.replay;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.core.EventSink;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.world.Component;
import io.simbase.server.record.ReplayTimeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the plant did that a timeline should show, while a replay runs through a
 * recording once: alarms raised ({@code alarm}: component id and code) and parts lost
 * ({@code part_lost}: part id), at most {@code max}. Replay thread only.
 */
final class PlantMarks implements EventSink {
    private final List<String> componentIds = new ArrayList<>();
    private final int max;
    private final List<ReplayTimeline.Mark> marks = new ArrayList<>();

    PlantMarks(Scene scene, int max) {
        for (Component c : scene.createComponents()) {
            componentIds.add(c.id());
        }
        this.max = max;
    }

    @Override
    public void onEvent(long position, EventKind kind, int subject, double value) {
        if (marks.size() >= max) {
            return;
        }
        if (kind == EventKind.ALARM_ON) {
            String id = subject >= 0 && subject < componentIds.size() ? componentIds.get(subject) : "#" + subject;
            marks.add(new ReplayTimeline.Mark(position, "alarm", id + " " + (long) value));
        } else if (kind == EventKind.PART_LOST) {
            marks.add(new ReplayTimeline.Mark(position, "part_lost", "#" + subject));
        }
    }

    List<ReplayTimeline.Mark> marks() {
        return marks;
    }
}
