package io.simbase.viewer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.ui.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drawer's label says its words in the viewer's language: the crossing's counts in Chinese and English. */
class LabelWordsTest {
    private static String crossingLabel(Messages.Lang lang) {
        List<String> visuals = List.of("x.cars_waiting", "x.peds_waiting", "x.broken_rules");
        SessionLayout layout = SessionLayout.newBuilder().setScene("traffic-light")
                .addComponents(ComponentInfo.newBuilder().setId("x").setType("crossing").setSizeX(8).setSizeY(4))
                .addAllVisualNames(visuals).build();
        PlantMirror m = new PlantMirror();
        m.apply(ServerMessage.newBuilder().setFullState(FullState.newBuilder().setSessionId("S").setLayout(layout)
                .addAllVisuals(List.of(3f, 2f, 1f))).build(), 0);
        PlantViews views = PlantViews.of(layout, m);
        views.nameWords(new Messages(lang)::get);
        StringBuilder out = new StringBuilder();
        views.drawer(0).label(views.views().get(0), m, out);
        return out.toString();
    }

    @Test
    void theCrossingCountsInTheViewersLanguage() {
        assertEquals("3 辆车等候  2 名行人等候  1 次违规", crossingLabel(Messages.Lang.ZH));
        assertEquals("3 cars  2 waiting  1 broken", crossingLabel(Messages.Lang.EN));
    }
}
