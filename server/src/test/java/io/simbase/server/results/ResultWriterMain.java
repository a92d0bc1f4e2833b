package io.simbase.server.results;

/**
 * A separate JVM for the kill tests: opens a store ({@code file PATH} or {@code pg URL}) and adds
 * {@link SampleResults#sample} 0, 1, 2... forever, printing {@code added I} after each add returned,
 * until the test kills it with SIGKILL.
 */
public final class ResultWriterMain {
    private ResultWriterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ResultStore store = args[0].equals("file") ? FileResultStore.open(java.nio.file.Path.of(args[1]))
                : PostgresResultStore.open(args[1]);
        for (int i = 0; ; i++) {
            store.add(SampleResults.sample(i));
            System.out.println("added " + i);
            System.out.flush();
            Thread.sleep(5);
        }
    }
}
