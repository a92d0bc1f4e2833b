package io.simbase.server.net.request;

import io.simbase.grading.exercise.Exercise;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.GetSheet;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.Sheet;
import io.simbase.server.auth.Capability;
import io.simbase.server.results.ExerciseCatalog;
import io.simbase.server.sheets.ExerciseSheets;
import java.util.List;

/**
 * get_sheet: the exercise sheet beside the plant, as HTML in the asked language, with the other
 * exercises of the same scene for the page's choice. Asked by exercise id, or by scene (its first
 * exercise in curriculum order; a scene without exercises gets an empty sheet). Anyone signed in:
 * sheets are the class's handouts. Rendering reads a bundled file the first time, so it runs on
 * the auth executor, never on an event loop.
 */
public final class GetSheetHandler implements RequestHandler<GetSheet> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.GET_SHEET;
    }

    @Override
    public GetSheet body(ClientMessage m) {
        return m.getGetSheet();
    }

    @Override
    public Capability needs() {
        return Capability.SERVER_STATS;
    }

    @Override
    public String action(GetSheet body) {
        return "read an exercise sheet";
    }

    @Override
    public String sessionId(GetSheet body) {
        return null;
    }

    @Override
    public void handle(Request<GetSheet> r) {
        GetSheet req = r.body();
        String lang = req.getLang().isEmpty() ? "en" : req.getLang();
        if (!lang.equals("en") && !lang.equals("zh")) {
            r.refuse(Error.Code.BAD_REQUEST, "lang must be en or zh, not '" + lang + "'");
            return;
        }
        Exercise chosen = null;
        String scene = req.getScene();
        if (!req.getExerciseId().isEmpty()) {
            chosen = ExerciseCatalog.find(req.getExerciseId());
            if (chosen == null) {
                r.refuse(Error.Code.UNKNOWN_EXERCISE, "no exercise '" + req.getExerciseId() + "'");
                return;
            }
            scene = chosen.sceneId();
        } else if (!r.services().sessions().isKnownScene(scene)) {
            r.refuse(Error.Code.UNKNOWN_SCENE, scene.isEmpty() ? "name an exercise or a scene"
                    : "no scene '" + scene + "'");
            return;
        }
        Exercise exercise = chosen;
        String sceneId = scene;
        r.services().authExecutor().execute(() -> {
            try {
                r.reply(ServerMessage.newBuilder().setSheet(sheet(exercise, sceneId, lang)));
            } catch (RuntimeException e) {
                r.refuse(Error.Code.INTERNAL, "exercise sheet cannot be read: " + e.getMessage());
            }
        });
    }

    private static Sheet.Builder sheet(Exercise chosen, String scene, String lang) {
        List<Exercise> ofScene = ExerciseCatalog.ids().stream().map(ExerciseCatalog::find)
                .filter(e -> e.sceneId().equals(scene)).toList();
        Exercise e = chosen != null ? chosen : ofScene.isEmpty() ? null : ofScene.get(0);
        Sheet.Builder b = Sheet.newBuilder().setScene(scene).setLang(lang);
        for (Exercise x : ofScene) {
            b.addExercises(ListExercisesHandler.info(x));
        }
        if (e != null) {
            b.setExerciseId(e.id()).setTitle(lang.equals("zh") ? e.title().zh() : e.title().en())
                    .setHtml(ExerciseSheets.html(e, lang));
        }
        return b;
    }
}
