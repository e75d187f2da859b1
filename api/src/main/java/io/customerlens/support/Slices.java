package io.customerlens.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work over a list split into slices scored side by side, one per core, for items that each wait on calls of their
 * own (a model call on the model pool): the slices overlap those waits.
 */
public final class Slices {

    private static final int PARALLELISM = Runtime.getRuntime().availableProcessors();
    /** Fewer items than this are not worth a thread of their own. */
    private static final int MIN_SLICE = 50;

    private Slices() {
    }

    /**
     * @param items    the list
     * @param pool     where the slices run
     * @param work     maps one slice to one result per item, in order
     * @return every slice's results, in the list's order
     * @throws RuntimeException what a slice threw, as {@link Futures#await} rethrows it
     */
    public static <T, R> List<R> map(List<T> items, ExecutorService pool, Function<List<T>, List<R>> work) {
        int slices = Math.max(1, Math.min(PARALLELISM, items.size() / MIN_SLICE));
        int sliceSize = (items.size() + slices - 1) / slices;
        List<Future<List<R>>> pending = new ArrayList<>();
        for (int from = 0; from < items.size(); from += sliceSize) {
            List<T> slice = items.subList(from, Math.min(items.size(), from + sliceSize));
            pending.add(pool.submit(() -> work.apply(slice)));
        }
        List<R> results = new ArrayList<>(items.size());
        for (Future<List<R>> slice : pending) {
            results.addAll(Futures.await(slice));
        }
        return results;
    }
}
