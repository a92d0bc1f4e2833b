package io.simbase.bench.grading;

import io.simbase.grading.ControllerFactory;
import io.simbase.grading.GradeResult;
import io.simbase.grading.Grader;
import io.simbase.grading.ProgramControllers;
import io.simbase.grading.ProgramException;
import io.simbase.grading.controllers.SortingControllers;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.grading.exercise.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * on {@code --threads} threads, {@code --repeats} times after one warm-up round. With
 * {@code --plc PROGRAM.st} every program is that Structured Text program instead, compiled per
 * grading through {@link ProgramControllers} (needs the soft PLC's adapter on the class path).
 * Prints each round's wall time and the CPU time of its gradings (the figure the machine's load
 * disturbs least), then medians, and the first scores of the last round.
 *
 * <p>Usage: {@code GradeClassMain [--programs 40] [--seconds 120] [--threads 1] [--repeats 5] [--plc FILE]}
 */
public final class GradeClassMain {
    private GradeClassMain() {
    }

    public static void main(String[] args) throws Exception {
        int programs = 40;
        double seconds = 120;
        int threads = 1;
        int repeats = 5;
        String plc = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--programs": programs = Integer.parseInt(args[i + 1]); break;
                case "--seconds": seconds = Double.parseDouble(args[i + 1]); break;
                case "--threads": threads = Integer.parseInt(args[i + 1]); break;
                case "--repeats": repeats = Integer.parseInt(args[i + 1]); break;
                case "--plc": plc = args[i + 1]; break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Exercise bundled = Exercises.load("sorting-station");
        List<Scenario> stretched = new ArrayList<>();
        for (Scenario s : bundled.scenarios()) {
            stretched.add(new Scenario(s.id(), s.seed(), seconds, s.initial(), s.timeline()));
        }
        Exercise exercise = bundled.withScenarios(stretched);
        SortingControllers.Mistake[] kinds = SortingControllers.Mistake.values();
        List<ControllerFactory> classPrograms = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            classPrograms.add(plc == null ? SortingControllers.of(kinds[p % kinds.length]) : compiled(plc, exercise));
        }
        System.out.printf(Locale.ROOT, "programs=%d scenarios=%d sim_s_each=%.0f threads=%d%n", programs,
                stretched.size(), seconds, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            round(pool, exercise, classPrograms, new int[programs]); // warm-up
            double[] walls = new double[repeats];
            double[] cpus = new double[repeats];
            int[] scores = new int[programs];
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                cpus[r] = round(pool, exercise, classPrograms, scores);
                walls[r] = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "round=%d wall_s=%.3f cpu_s=%.3f%n", r + 1, walls[r], cpus[r]);
            }
            Arrays.sort(walls);
            Arrays.sort(cpus);
            System.out.printf(Locale.ROOT, "median_wall_s=%.3f max_wall_s=%.3f median_cpu_s=%.3f min_cpu_s=%.3f scores=%s%n",
                    walls[repeats / 2], walls[repeats - 1], cpus[repeats / 2], cpus[0],
                    Arrays.toString(Arrays.copyOf(scores, Math.min(scores.length, kinds.length))));
        } finally {
            pool.shutdown();
        }
    }

    /** The program compiled (once per program, before the timing, as {@code grade} does once per call). */
    private static ControllerFactory compiled(String file, Exercise exercise) throws Exception {
        ProgramControllers compiler = ProgramControllers.find()
                .orElseThrow(() -> new IllegalStateException("--plc needs the soft PLC's ProgramControllers on the class path"));
        try {
            return compiler.compile(Files.readString(Path.of(file)), file, exercise.plant());
        } catch (ProgramException e) {
            throw new IllegalStateException(String.join("\n", e.errors()), e);
        }
    }

    /** Grades every program once; fills in the scores and returns the CPU seconds the gradings took. */
    private static double round(ExecutorService pool, Exercise exercise, List<ControllerFactory> programs, int[] scores)
            throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Future<long[]>> results = new ArrayList<>();
        for (ControllerFactory p : programs) {
            results.add(pool.submit(() -> {
                long before = cpu.getCurrentThreadCpuTime();
                GradeResult r = Grader.grade(exercise, p);
                return new long[] {r.score(), cpu.getCurrentThreadCpuTime() - before};
            }));
        }
        long cpuNanos = 0;
        for (int i = 0; i < scores.length; i++) {
            long[] r = results.get(i).get();
            scores[i] = (int) r[0];
            cpuNanos += r[1];
        }
        return cpuNanos / 1e9;
    }
}
