package io.simbase.viewer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.TagInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneFileTest {
    private static SessionLayout layout(String scene, String... tags) {
        SessionLayout.Builder b = SessionLayout.newBuilder().setScene(scene)
                .addAllPartTypes(List.of("short_metal", "short_plastic", "tall_metal", "tall_plastic"));
        for (String t : tags) {
            b.addTags(TagInfo.newBuilder().setName(t));
        }
        return b.build();
    }

    @Test
    void aBundledSceneGivesPartLooksAndComponentWiring() {
        SceneFile f = SceneFile.forLayout(layout("sorting-station", "start_pb", "belt_run", "pusher1_extend",
                "pusher1_retracted", "pusher1_extended"));
        PartLook shortPlastic = f.looks().get(1);
        assertFalse(shortPlastic.cylinder());
        assertEquals(0.03f, shortPlastic.sizeZ(), 1e-6);
        assertTrue(shortPlastic.rgb()[0] > 0.7f && shortPlastic.rgb()[1] < 0.3f, "red");
        PartLook tallMetal = f.looks().get(2);
        assertTrue(tallMetal.cylinder());
        assertEquals(0.05f, tallMetal.sizeX(), 1e-6);
        assertEquals("metal", tallMetal.material());
        assertEquals(List.of("start_pb"), f.tagsOf("start"));
        assertEquals(List.of("belt_run"), f.tagsOf("entry_belt"));
        assertEquals(3, f.tagsOf("pusher1").size());
    }

    @Test
    void anUnknownOrHostileSceneIdGivesDefaultsNotAnError() {
        for (String id : new String[] {"no-such-scene", "../../etc/passwd", ""}) {
            SceneFile f = SceneFile.forLayout(layout(id, "start_pb"));
            assertEquals(4, f.looks().size());
            assertEquals(0.05f, f.looks().get(0).sizeX(), 1e-6);
            assertTrue(f.tagsOf("start").isEmpty());
        }
    }
}
