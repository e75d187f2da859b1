package io.customerlens.customer;

import graphql.relay.DefaultConnection;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Customer lists served from the scores a snapshot stored: filtered by segment, ordered by score, or both.
 * Implemented by the snapshot feature, so that the customer feature does not depend on it.
 */
public interface StoredScores {

    /**
     * @param segment  keep only customers stored in one of these segments; null for no such filter
     * @param order    order by stored score; null for customer id order
     * @param first    the page size
     * @param after    a cursor from an earlier page of the same list, or null
     * @param matching loads those of the given customer ids that match the rest of the filter, in any order
     * @return one page of customers, in list order, with cursors only this method understands
     */
    DefaultConnection<Customer> page(SegmentFilter segment, ScoreOrder order, int first, String after,
                                     Function<Collection<String>, List<Customer>> matching);
}
