package io.simbase.server.net.request;

import io.simbase.grading.exercise.Exercise;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ExerciseInfo;
import io.simbase.protocol.v1.ExerciseList;
import io.simbase.protocol.v1.ListExercises;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.results.ExerciseCatalog;

/**
 * list_exercises: the bundled exercises in curriculum order, each with its scene and title in
 * both languages, optionally only one scene's. The dashboard's graded-run button offers the
 * exercises of the session's scene (an exercise names its scene; its id is its own); the results
 * page heads its columns with them. Read on the auth executor: the first call loads the exercise
 * files.
 */
public final class ListExercisesHandler implements RequestHandler<ListExercises> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.LIST_EXERCISES;
    }

    @Override
    public ListExercises body(ClientMessage m) {
        return m.getListExercises();
    }

    @Override
    public Capability needs() {
        return Capability.READ_RESULTS;
    }

    @Override
    public String action(ListExercises body) {
        return "list exercises";
    }

    @Override
    public String sessionId(ListExercises body) {
        return null;
    }

    @Override
    public void handle(Request<ListExercises> r) {
        String scene = r.body().getScene();
        r.services().authExecutor().execute(() -> {
            ExerciseList.Builder list = ExerciseList.newBuilder();
            try {
                for (String id : ExerciseCatalog.ids()) {
                    Exercise e = ExerciseCatalog.find(id);
                    if (scene.isEmpty() || e.sceneId().equals(scene)) {
                        list.addExercises(info(e));
                    }
                }
            } catch (RuntimeException e) {
                r.refuse(Error.Code.INTERNAL, "exercises cannot be read: " + e.getMessage());
                return;
            }
            r.reply(ServerMessage.newBuilder().setExercises(list));
        });
    }

    static ExerciseInfo info(Exercise e) {
        return ExerciseInfo.newBuilder().setId(e.id()).setScene(e.sceneId()).setTitleZh(e.title().zh())
                .setTitleEn(e.title().en()).setPassMark(e.passMark()).build();
    }
}
