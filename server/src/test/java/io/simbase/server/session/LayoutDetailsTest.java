package io.simbase.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.ComponentTag;
import io.simbase.protocol.v1.PartTypeInfo;
import io.simbase.protocol.v1.SessionLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout carries what a client needs to draw parts and bind controls without the scene file. */
class LayoutDetailsTest {
    private final SessionLayout layout;

    LayoutDetailsTest() throws SceneException {
        layout = StateMessages.layout(Scenes.load("sorting-station").newWorld());
    }

    @Test
    void everyPartTypeHasItsShapeSizeAndColour() {
        assertEquals(layout.getPartTypesCount(), layout.getPartInfoCount());
        PartTypeInfo tallMetal = layout.getPartInfo(layout.getPartTypesList().indexOf("tall_metal"));
        assertEquals("cylinder", tallMetal.getShape());
        assertEquals(0.05, tallMetal.getSizeX(), 1e-9);
        assertEquals(0.06, tallMetal.getSizeZ(), 1e-9);
        assertTrue(tallMetal.getMetal());
        PartTypeInfo shortPlastic = layout.getPartInfo(layout.getPartTypesList().indexOf("short_plastic"));
        assertEquals("box", shortPlastic.getShape());
        assertTrue((shortPlastic.getColour() >> 16) > 0xa0 && ((shortPlastic.getColour() >> 8) & 255) < 0x60, "red");
    }

    @Test
    void componentsNameTheirTagsByKeyInTheirTypesOrder() {
        assertEquals(List.of("tag=start_pb"), tags("start"));
        assertEquals(List.of("tag=part_in"), tags("eye_in"));
        assertTrue(tags("pusher1").size() >= 3 && tags("pusher1").get(0).equals("extend=pusher1_extend"),
                tags("pusher1").toString());
    }

    private List<String> tags(String component) {
        for (ComponentInfo c : layout.getComponentsList()) {
            if (c.getId().equals(component)) {
                return c.getTagsList().stream().map((ComponentTag t) -> t.getKey() + "=" + t.getTag()).toList();
            }
        }
        throw new AssertionError("no component " + component);
    }
}
