package no.smertereg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Work split over a fixed number of threads by a partition key (a process instance, a patient), so that two
 * threads never touch the same instance or the same patient (perf-anchors.md §2.1, T=2). A failure is counted and
 * the first ones are printed without data; the run goes on.
 */
final class Parallel implements AutoCloseable {

    private final int threads;
    private final ExecutorService pool;
    final AtomicLong failures = new AtomicLong();

    Parallel(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    <T> void run(List<T> items, ToIntFunction<T> partitionKey, Consumer<T> action) {
        if (items.isEmpty()) {
            return;
        }
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            parts.add(new ArrayList<>());
        }
        for (T item : items) {
            parts.get(Math.floorMod(partitionKey.applyAsInt(item), threads)).add(item);
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<T> part : parts) {
            running.add(pool.submit(() -> part.forEach(item -> attempt(action, item))));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private <T> void attempt(Consumer<T> action, T item) {
        try {
            action.accept(item);
        } catch (RuntimeException e) {
            if (failures.incrementAndGet() <= 5) {
                System.out.println("[bench] failure " + failures.get() + ": " + e.getClass().getSimpleName() + ": "
                        + firstLine(e.getMessage()));
            }
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
