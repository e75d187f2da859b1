package io.customerlens.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A read of one collection in ascending key order, consumed in ranges of keys that only move forward: the way a
 * population pass joins a collection to customers handed over in id order, with one read instead of one query per
 * batch (on the embedded store, every query scans the collection). Opened at the first range's lower key when first
 * asked. Holds one document ahead. Not thread-safe; close it when done.
 *
 * @param <T> the documents
 */
public final class KeyOrderedCursor<T> implements AutoCloseable {

    private final Function<String, Stream<T>> open;
    private final Function<T, String> keyOf;
    private Stream<T> stream;
    private Iterator<T> documents;
    private T next;
    private String upTo;

    /**
     * @param open  opens the read of every document whose key is at least the given one, in ascending key order
     * @param keyOf the key of a document
     */
    public KeyOrderedCursor(Function<String, Stream<T>> open, Function<T, String> keyOf) {
        this.open = open;
        this.keyOf = keyOf;
    }

    /**
     * @param from the lowest key wanted, above the {@code to} of the range before
     * @param to   the highest key wanted
     * @return the documents with a key from {@code from} to {@code to}, in key order; those before {@code from}
     *         that earlier ranges did not cover are skipped
     */
    public List<T> range(String from, String to) {
        if (upTo != null && from.compareTo(upTo) <= 0) {
            throw new IllegalArgumentException("ranges must ascend: " + from + " after " + upTo);
        }
        upTo = to;
        if (documents == null) {
            stream = open.apply(from);
            documents = stream.iterator();
        }
        List<T> found = new ArrayList<>();
        while (peek() != null && keyOf.apply(next).compareTo(to) <= 0) {
            if (keyOf.apply(next).compareTo(from) >= 0) {
                found.add(next);
            }
            next = null;
        }
        return found;
    }

    private T peek() {
        if (next == null && documents.hasNext()) {
            next = documents.next();
        }
        return next;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
