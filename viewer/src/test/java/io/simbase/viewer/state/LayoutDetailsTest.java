package io.simbase.viewer.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.ComponentTag;
import io.simbase.protocol.v1.PartTypeInfo;
import io.simbase.protocol.v1.SessionLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutDetailsTest {
    @Test
    void partLooksAndWiringComeFromTheLayout() {
        SessionLayout layout = SessionLayout.newBuilder().setScene("a-file-the-viewer-never-saw")
                .addPartTypes("short_plastic").addPartTypes("tall_metal")
                .addPartInfo(PartTypeInfo.newBuilder().setName("short_plastic").setShape("box").setSizeX(0.05)
                        .setSizeY(0.05).setSizeZ(0.03).setColour(0xd7262b))
                .addPartInfo(PartTypeInfo.newBuilder().setName("tall_metal").setShape("cylinder").setSizeX(0.05)
                        .setSizeY(0.05).setSizeZ(0.06).setColour(0xc0c0c0).setMetal(true))
                .addComponents(ComponentInfo.newBuilder().setId("pusher1").setType("pusher")
                        .addTags(ComponentTag.newBuilder().setKey("extend").setTag("pusher1_extend"))
                        .addTags(ComponentTag.newBuilder().setKey("retracted").setTag("pusher1_retracted")))
                .build();
        LayoutDetails d = LayoutDetails.of(layout);
        PartLook shortPlastic = d.looks().get(0);
        assertFalse(shortPlastic.cylinder());
        assertEquals(0.03f, shortPlastic.sizeZ(), 1e-6);
        assertTrue(shortPlastic.rgb()[0] > 0.7f && shortPlastic.rgb()[1] < 0.3f, "red");
        PartLook tallMetal = d.looks().get(1);
        assertTrue(tallMetal.cylinder());
        assertEquals(0.06f, tallMetal.sizeZ(), 1e-6);
        assertEquals("metal", tallMetal.material());
        assertEquals(List.of("pusher1_extend", "pusher1_retracted"), d.tagsOf("pusher1"), "in the layout's order");
        assertTrue(d.tagsOf("no-such-component").isEmpty());
    }

    @Test
    void aLayoutWithoutDetailsGivesDefaultBoxesAndNoWiring() {
        LayoutDetails d = LayoutDetails.of(SessionLayout.newBuilder().addPartTypes("a").addPartTypes("b")
                .addComponents(ComponentInfo.newBuilder().setId("start").setType("button")).build());
        assertEquals(2, d.looks().size());
        assertEquals(0.05f, d.looks().get(0).sizeX(), 1e-6);
        assertFalse(d.looks().get(0).rgb()[0] == d.looks().get(1).rgb()[0]
                && d.looks().get(0).rgb()[2] == d.looks().get(1).rgb()[2], "palette colours differ");
        assertTrue(d.tagsOf("start").isEmpty());
    }
}
