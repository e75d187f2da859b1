package io.customerlens.web;

import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds Relay connections with opaque cursors. A cursor wraps the sort key of an item (here always a
 * document id), so paging stays stable while documents are added.
 */
public final class Connections {

    private static final String PREFIX = "cursor:";

    private Connections() {
    }

    /**
     * @param fetched items fetched with a limit of {@code first + 1}, in page order
     * @param first   the page size asked for
     * @param hasPrevious whether the page started after a cursor
     * @param key     the sort key of an item
     * @return the connection holding at most {@code first} items
     */
    public static <T> DefaultConnection<T> of(List<T> fetched, int first, boolean hasPrevious, Function<T, String> key) {
        List<Edge<T>> edges = new ArrayList<>();
        for (T item : fetched.subList(0, Math.min(first, fetched.size()))) {
            edges.add(new DefaultEdge<>(item, cursor(key.apply(item))));
        }
        ConnectionCursor start = edges.isEmpty() ? null : edges.get(0).getCursor();
        ConnectionCursor end = edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor();
        return new DefaultConnection<>(edges, new DefaultPageInfo(start, end, hasPrevious, fetched.size() > first));
    }

    /** @return the opaque cursor for a sort key */
    public static ConnectionCursor cursor(String key) {
        String encoded = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
        return new DefaultConnectionCursor(encoded);
    }

    /**
     * @param cursor   a cursor from an earlier page, or null
     * @param argument the argument name, for the error
     * @return the sort key inside it, or null for no cursor
     * @throws InvalidInputException if the cursor was not made by {@link #cursor}
     */
    public static String key(String cursor, String argument) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX) && decoded.length() > PREFIX.length()) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw notACursor(argument);
    }

    /**
     * @param cursor   a cursor from an earlier page, or null
     * @param argument the argument name, for the error
     * @param valid    whether a sort key has the form this list's keys have (e.g. a document id)
     * @return the sort key inside it, or null for no cursor
     * @throws InvalidInputException if the cursor was not made by {@link #cursor} or its key is not valid
     */
    public static String key(String cursor, String argument, Predicate<String> valid) {
        String key = key(cursor, argument);
        if (key != null && !valid.test(key)) {
            throw notACursor(argument);
        }
        return key;
    }

    /**
     * @param cursor   a cursor from an earlier page of a list sorted by a number, or null
     * @param argument the argument name, for the error
     * @return the number inside it, or null for no cursor
     * @throws InvalidInputException if the cursor was not made by {@link #cursor} from a number
     */
    public static Integer numberKey(String cursor, String argument) {
        String key = key(cursor, argument);
        try {
            return key == null ? null : Integer.valueOf(key);
        } catch (NumberFormatException e) {
            throw notACursor(argument);
        }
    }

    private static InvalidInputException notACursor(String argument) {
        return new InvalidInputException(argument,
                "is not a cursor from this API; pass an endCursor from a previous page");
    }

    /**
     * @param first the page size asked for
     * @param max   the largest page allowed
     * @return the page size
     * @throws InvalidInputException if it is not from 1 to max
     */
    public static int pageSize(Integer first, int max) {
        if (first == null || first < 1 || first > max) {
            throw new InvalidInputException(List.of(new InputProblem("first",
                    "must be an integer from 1 to " + max + (first == null ? "" : " (got " + first + ")"))));
        }
        return first;
    }
}
