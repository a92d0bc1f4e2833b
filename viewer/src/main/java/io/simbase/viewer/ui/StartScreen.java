package io.simbase.viewer.ui;

import io.simbase.protocol.v1.SceneList;
import java.util.ArrayList;
import java.util.List;

/**
 * The start screen: the server's scenes, then its exercises, one row each with its title in the
 * viewer's language, for a student who signed in without naming a scene. A click on a row or
 * the arrow keys and Enter choose; choosing an exercise opens its scene.
 *
 * <p>Render thread only. Rows are rebuilt when a new list arrives; drawing allocates nothing.
 */
public final class StartScreen {
    /** One choosable row. */
    public record Row(String sceneId, String text, boolean exercise) {
    }

    public static final float TOP = 90;
    public static final float ROW_H = 30;
    public static final float HEADING_H = 36;
    public static final float WIDTH = 640;

    private final Messages messages;
    private final String title;
    private final String scenesHeading;
    private final String exercisesHeading;
    private final String hint;
    private final List<Row> rows = new ArrayList<>();
    private final float[] rowY = new float[256];
    private SceneList list;
    private int selected;
    private float left;

    public StartScreen(Messages messages) {
        this.messages = messages;
        title = messages.get("start.title");
        scenesHeading = messages.get("start.scenes");
        exercisesHeading = messages.get("start.exercises");
        hint = messages.get("start.hint");
    }

    /** Takes the server's list (a new one rebuilds the rows); null shows nothing to choose yet. */
    public void show(SceneList l) {
        if (l == list) {
            return;
        }
        list = l;
        rows.clear();
        selected = 0;
        if (l == null) {
            return;
        }
        boolean zh = messages.lang() == Messages.Lang.ZH;
        for (SceneList.Scene s : l.getScenesList()) {
            rows.add(new Row(s.getId(), pick(zh, s.getTitleZh(), s.getTitle()) + "  (" + s.getId() + ")", false));
        }
        for (SceneList.Exercise e : l.getExercisesList()) {
            rows.add(new Row(e.getScene(), pick(zh, e.getTitleZh(), e.getTitle()) + "  (" + e.getId() + ")", true));
        }
        while (rows.size() > rowY.length) {
            rows.remove(rows.size() - 1);
        }
    }

    private static String pick(boolean zh, String chinese, String english) {
        return zh && !chinese.isEmpty() ? chinese : english;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Every text the screen may draw (for the font atlas). */
    public List<String> texts() {
        List<String> t = new ArrayList<>(List.of(title, scenesHeading, exercisesHeading, hint));
        for (Row r : rows) {
            t.add(r.text());
        }
        return t;
    }

    /** Places the rows for a window {@code width} wide (call before {@link #rowAt} and {@link #draw}). */
    public void layout(int width) {
        left = Math.max(20, (width - WIDTH) / 2);
        float y = TOP + HEADING_H;
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0 && rows.get(i).exercise() && !rows.get(i - 1).exercise()) {
                y += HEADING_H;
            }
            rowY[i] = y;
            y += ROW_H;
        }
    }

    /** The row under (x, y), or -1. */
    public int rowAt(float x, float y) {
        if (x < left || x > left + WIDTH) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (y >= rowY[i] && y < rowY[i] + ROW_H) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the selection by {@code delta} rows (arrow keys), staying within the list. */
    public void move(int delta) {
        if (!rows.isEmpty()) {
            selected = Math.max(0, Math.min(rows.size() - 1, selected + delta));
        }
    }

    /** The scene of the selected row (Enter), or null when there is none. */
    public String selectedScene() {
        return rows.isEmpty() ? null : rows.get(selected).sceneId();
    }

    public int selected() {
        return selected;
    }

    /** Draws the screen under the heads-up line. */
    public void draw(Overlay o, Font f, int width, int height) {
        o.rect(0, 0, width, height, 0.86f, 0.89f, 0.93f, 1f);
        f.draw(o, title, left, TOP - 20, 0.1f, 0.12f, 0.16f, 1f);
        f.draw(o, hint, left, TOP + 2, 0.35f, 0.37f, 0.42f, 1f);
        if (!rows.isEmpty() && !rows.get(0).exercise()) {
            f.draw(o, scenesHeading, left, rowY[0] - 10, 0.2f, 0.3f, 0.5f, 1f);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.exercise() && (i == 0 || !rows.get(i - 1).exercise())) {
                f.draw(o, exercisesHeading, left, rowY[i] - 10, 0.2f, 0.3f, 0.5f, 1f);
            }
            boolean sel = i == selected;
            o.rect(left, rowY[i] + 2, WIDTH, ROW_H - 4, sel ? 0.2f : 1f, sel ? 0.45f : 1f, sel ? 0.8f : 1f, 0.95f);
            float c = sel ? 1f : 0.08f;
            f.draw(o, r.text(), left + 10, rowY[i] + ROW_H - 9, c, c, c, 1f);
        }
    }
}
