package io.simbase.bench.grading;

import io.simbase.grading.ControllerFactory;
import io.simbase.grading.GradeResult;
import io.simbase.grading.Grader;
import io.simbase.grading.controllers.SortingControllers;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.grading.exercise.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times the grading of a whole class: {@code --programs} Java controllers (the four sorting
 * variants in turn: correct, timer pushes, no e-stop, no watchdog) on the sorting-station
 * exercise with each of its three scenarios stretched to {@code --seconds} simulated seconds,
 * on {@code --threads} threads, {@code --repeats} times after one warm-up round. Prints each
 * round's wall time, then the median, the slowest and the score histogram of the last round.
 *
 * <p>Usage: {@code GradeClassMain [--programs 40] [--seconds 120] [--threads 1] [--repeats 5]}
 */
public final class GradeClassMain {
    private GradeClassMain() {
    }

    public static void main(String[] args) throws Exception {
        int programs = 40;
        double seconds = 120;
        int threads = 1;
        int repeats = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--programs": programs = Integer.parseInt(args[i + 1]); break;
                case "--seconds": seconds = Double.parseDouble(args[i + 1]); break;
                case "--threads": threads = Integer.parseInt(args[i + 1]); break;
                case "--repeats": repeats = Integer.parseInt(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Exercise bundled = Exercises.load("sorting-station");
        List<Scenario> stretched = new ArrayList<>();
        for (Scenario s : bundled.scenarios()) {
            stretched.add(new Scenario(s.id(), s.seed(), seconds, s.initial(), s.timeline()));
        }
        Exercise exercise = new Exercise(bundled.id(), bundled.source(), bundled.plant(), bundled.title(),
                bundled.brief(), bundled.task(), bundled.sheet(), bundled.passMark(), bundled.safetyCap(), stretched,
                bundled.checks());
        SortingControllers.Mistake[] kinds = SortingControllers.Mistake.values();
        List<ControllerFactory> classPrograms = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            classPrograms.add(SortingControllers.of(kinds[p % kinds.length]));
        }
        System.out.printf(Locale.ROOT, "programs=%d scenarios=%d sim_s_each=%.0f threads=%d%n", programs,
                stretched.size(), seconds, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            round(pool, exercise, classPrograms); // warm-up
            double[] walls = new double[repeats];
            int[] scores = null;
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                scores = round(pool, exercise, classPrograms);
                walls[r] = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "round=%d wall_s=%.3f%n", r + 1, walls[r]);
            }
            double[] sorted = walls.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "median_wall_s=%.3f max_wall_s=%.3f scores=%s%n",
                    sorted[sorted.length / 2], sorted[sorted.length - 1], Arrays.toString(Arrays.copyOf(scores, kinds.length)));
        } finally {
            pool.shutdown();
        }
    }

    private static int[] round(ExecutorService pool, Exercise exercise, List<ControllerFactory> programs) throws Exception {
        List<Future<GradeResult>> results = new ArrayList<>();
        for (ControllerFactory p : programs) {
            results.add(pool.submit(() -> Grader.grade(exercise, p)));
        }
        int[] scores = new int[programs.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = results.get(i).get().score();
        }
        return scores;
    }
}
