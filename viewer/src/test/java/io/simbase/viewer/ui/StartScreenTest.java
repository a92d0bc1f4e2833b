package io.simbase.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.SceneList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start screen's rows, in both languages, and choosing one by mouse or keys; no GL. */
class StartScreenTest {
    private static final SceneList LIST = SceneList.newBuilder()
            .addScenes(SceneList.Scene.newBuilder().setId("conveyor-basics").setTitle("Conveyor basics").setTitleZh("输送带基础"))
            .addScenes(SceneList.Scene.newBuilder().setId("my-scene").setTitle("My scene"))
            .addExercises(SceneList.Exercise.newBuilder().setId("tank-level").setScene("tank-level")
                    .setTitle("Tank level").setTitleZh("液位控制"))
            .build();

    @Test
    void rowsAreTheScenesThenTheExercisesInTheViewersLanguage() {
        StartScreen zh = new StartScreen(new Messages(Messages.Lang.ZH));
        zh.show(LIST);
        assertEquals(List.of("输送带基础  (conveyor-basics)", "My scene  (my-scene)", "液位控制  (tank-level)"),
                zh.rows().stream().map(StartScreen.Row::text).toList(), "a scene without a Chinese title keeps its own");
        StartScreen en = new StartScreen(new Messages(Messages.Lang.EN));
        en.show(LIST);
        assertEquals("Conveyor basics  (conveyor-basics)", en.rows().get(0).text());
        assertTrue(en.rows().get(2).exercise());
        assertEquals("tank-level", en.rows().get(2).sceneId(), "an exercise opens its scene");
        assertTrue(zh.texts().contains("选择要练习的内容"), "the heading is in the font's texts");
    }

    @Test
    void aClickOrTheKeysChooseARow() {
        StartScreen s = new StartScreen(new Messages(Messages.Lang.EN));
        s.show(LIST);
        s.layout(1280);
        float x = (1280 - StartScreen.WIDTH) / 2 + 50;
        float firstRow = StartScreen.TOP + StartScreen.HEADING_H + StartScreen.ROW_H / 2;
        assertEquals(0, s.rowAt(x, firstRow));
        assertEquals(1, s.rowAt(x, firstRow + StartScreen.ROW_H));
        assertEquals(2, s.rowAt(x, firstRow + 2 * StartScreen.ROW_H + StartScreen.HEADING_H), "under the exercises heading");
        assertEquals(-1, s.rowAt(5, firstRow), "left of the list");
        assertEquals(-1, s.rowAt(x, 10), "above the list");
        assertEquals("conveyor-basics", s.selectedScene());
        s.move(1);
        s.move(5);
        assertEquals("tank-level", s.selectedScene(), "stops at the last row");
        s.move(-9);
        assertEquals(0, s.selected());
    }

    @Test
    void nothingToChooseBeforeTheListArrives() {
        StartScreen s = new StartScreen(new Messages(Messages.Lang.EN));
        s.show(null);
        s.layout(800);
        assertEquals(null, s.selectedScene());
        assertEquals(-1, s.rowAt(400, 150));
    }
}
