package io.simbase.engine.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The solver's seams for the curriculum: surfaces that lift and turn, and room that grows. */
class MovingSurfaceTest {
    private static final double DT = 0.005;
    private static final PartType BOX = new PartType("box", PartType.Shape.BOX, 0.05, 0.05, 0.04, false, 0x808080, 0.1);

    @Test
    void aLiftTableCarriesItsPartUpAndDown() {
        PartSystem p = new PartSystem(List.of(BOX), 4, 1, 1);
        int lift = p.addMovingSurface(-0.2, -0.2, 0.2, 0.2, 0.5, 0.8);
        int part = p.spawn(0, 0, 0, 0.5);
        double top = 0.5;
        for (int i = 0; i < 200; i++) { // up 0.1 m/s for 1 s
            top += 0.1 * DT;
            p.setSurfaceTop(lift, top);
            p.step(DT, i);
        }
        assertEquals(0.6, p.z(part), 1e-9, "risen with the table");
        for (int i = 0; i < 100; i++) { // down 0.2 m/s for 0.5 s
            top -= 0.2 * DT;
            p.setSurfaceTop(lift, top);
            p.step(DT, 200 + i);
        }
        assertEquals(0.5, p.z(part), 1e-9, "sunk with the table, not falling behind it");
        assertTrue(p.alive(part));
    }

    @Test
    void aTurningSurfaceCarriesAPartRoundItsCentre() {
        PartSystem p = new PartSystem(List.of(BOX), 4, 1, 1);
        int table = p.addMovingSurface(-0.3, -0.3, 0.3, 0.3, 0.8, 0.8);
        int part = p.spawn(0, 0.2, 0, 0.8);
        p.setSurfaceRotation(table, Math.PI / 2); // a quarter turn per second
        for (int i = 0; i < 200; i++) {
            p.step(DT, i);
        }
        // The box starts at rest and slips until friction has brought it up to the table's speed:
        // it lags a few millimetres behind the quarter turn.
        assertEquals(0, p.x(part), 0.01);
        assertEquals(0.2, p.y(part), 0.01);
        assertEquals(0.2, Math.hypot(p.x(part), p.y(part)), 0.002, "on its circle");
    }

    @Test
    void onlyAMovingSurfaceMoves() {
        PartSystem p = new PartSystem(List.of(BOX), 4, 1, 1);
        int still = p.addSurface(0, 0, 1, 1, 0.5, 0.5);
        assertThrows(IllegalStateException.class, () -> p.setSurfaceTop(still, 0.6));
        assertThrows(IllegalStateException.class, () -> p.setSurfaceRotation(still, 1));
    }

    @Test
    void roomForSurfacesAndObstaclesGrowsAsComponentsAddThem() {
        PartSystem p = new PartSystem(List.of(BOX), 4, 1, 1);
        for (int i = 0; i < 40; i++) {
            assertEquals(i, p.addSurface(i, 0, i + 1, 1, 0.1 * i, 0.5));
            assertEquals(i, p.addObstacle());
        }
        assertEquals(3.9, p.surfaceTopAt(39.5, 0.5, 10), 1e-12, "the last surface is there");
    }
}
