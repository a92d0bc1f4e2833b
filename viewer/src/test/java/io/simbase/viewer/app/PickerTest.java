package io.simbase.viewer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.simbase.protocol.v1.ComponentInfo;
import io.simbase.protocol.v1.FullState;
import io.simbase.protocol.v1.Parts;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.viewer.render.OrbitCamera;
import io.simbase.viewer.render.PlantViews;
import io.simbase.viewer.state.PlantMirror;
import io.simbase.viewer.state.LayoutDetails;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** A click picks what is under the mouse: the part on the belt, the belt beside it, or nothing. */
class PickerTest {
    private static final int W = 1280;
    private static final int H = 800;

    @Test
    void aClickPicksThePartOnTheBeltTheBeltOrNothing() {
        SessionLayout layout = SessionLayout.newBuilder().setScene("conveyor-basics").addPartTypes("box")
                .addComponents(ComponentInfo.newBuilder().setId("belt").setType("belt").setX(1).setSizeX(2)
                        .setSizeY(0.2).setSizeZ(0.8))
                .build();
        PlantMirror m = new PlantMirror();
        m.apply(ServerMessage.newBuilder().setFullState(FullState.newBuilder().setSessionId("S").setLayout(layout)
                .setParts(Parts.newBuilder().addIds(7).addTypes(0).addXyz(0.5f).addXyz(0).addXyz(0.8f))).build(), 0);
        PlantViews views = PlantViews.of(layout, m);
        LayoutDetails scene = LayoutDetails.of(layout);
        OrbitCamera camera = new OrbitCamera();
        views.fit(camera);
        camera.viewProjection(W, H);

        Picker.Hit part = pickAt(camera, views, scene, m, 0.5f, 0f, 0.82f);
        assertNotNull(part);
        assertEquals(7, part.partId());
        assertEquals("box", part.look().name());

        Picker.Hit belt = pickAt(camera, views, scene, m, 1.6f, 0f, 0.8f);
        assertNotNull(belt);
        assertEquals("belt", belt.component().id);

        Vector3f origin = new Vector3f();
        Vector3f dir = new Vector3f();
        camera.ray(5, 5, W, H, origin, dir);
        assertNull(Picker.pick(origin, dir, views, scene.looks(), m, 0), "the sky corner hits nothing");
    }

    private static Picker.Hit pickAt(OrbitCamera camera, PlantViews views, LayoutDetails scene, PlantMirror m,
                                     float x, float y, float z) {
        float[] px = new float[2];
        camera.project(x, y, z, W, H, px);
        Vector3f origin = new Vector3f();
        Vector3f dir = new Vector3f();
        camera.ray(px[0], px[1], W, H, origin, dir);
        return Picker.pick(origin, dir, views, scene.looks(), m, 0);
    }
}
