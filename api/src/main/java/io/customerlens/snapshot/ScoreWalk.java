package io.customerlens.snapshot;

import io.customerlens.customer.SortDirection;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.web.InvalidInputException;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The order a customer list walks one set of stored scores in, along one of the scores indexes, and the keyset
 * that resumes the walk after a cursor. By customer id (segment filter), or by a score field and then customer id,
 * where "best first" (DESC) walks the value and rank indexes forwards (value descending or rank ascending, ties
 * by ascending customer id) and ASC walks them backwards.
 *
 * @param criteria     which scores, without the keyset
 * @param field        the score field sorted by, or null to sort by customer id alone
 * @param fieldAscends whether the field is walked in ascending order
 * @param idAscends    whether customer ids are walked in ascending order
 */
record ScoreWalk(Criteria criteria, String field, boolean fieldAscends, boolean idAscends) {

    /** Customers in the given segments, in customer id order. */
    static ScoreWalk bySegment(ScoreSet set, List<String> codes) {
        return new ScoreWalk(set.criteria().and(StoredScore.SEGMENT).in(codes), null, true, true);
    }

    /** Customers with a stored result, by value (satisfaction, loyalty) or segment rank (segmentation). */
    static ScoreWalk byScore(ScoreSet set, SortDirection direction) {
        boolean bestFirst = direction == SortDirection.DESC;
        if (set.model().family() == ModelFamily.SEGMENTATION) {
            return new ScoreWalk(set.criteria(), StoredScore.RANK, bestFirst, bestFirst);
        }
        return new ScoreWalk(set.criteria().and(StoredScore.VALUE).ne(null), StoredScore.VALUE, !bestFirst, bestFirst);
    }

    /**
     * @param after the key of the last score already listed ({@link #key}), or null for the start
     * @param limit how many scores to read
     * @return the query for the next scores, selecting only the fields the walk needs (covered by the index)
     */
    Query next(String after, int limit) {
        Query query = Query.query(after == null ? criteria : new Criteria().andOperator(criteria, keyset(after)));
        query.fields().include(StoredScore.CUSTOMER_ID).exclude("_id");
        if (field == null) {
            return query.with(Sort.by(direction(idAscends), StoredScore.CUSTOMER_ID)).limit(limit);
        }
        query.fields().include(field);
        return query.with(Sort.by(new Sort.Order(direction(fieldAscends), field),
                new Sort.Order(direction(idAscends), StoredScore.CUSTOMER_ID))).limit(limit);
    }

    /** @return the cursor key of a score read by {@link #next}: the customer id, or field, value and customer id */
    String key(Document score) {
        String customerId = score.getString(StoredScore.CUSTOMER_ID);
        return field == null ? customerId : field + ":" + score.get(field) + ":" + customerId;
    }

    private Criteria keyset(String key) {
        String[] parts = key.split(":", -1);
        if (field == null) {
            if (parts.length != 1) {
                throw notOurs();
            }
            return beyond(Criteria.where(StoredScore.CUSTOMER_ID), idAscends, key);
        }
        if (parts.length != 3 || !parts[0].equals(field)) {
            throw notOurs();
        }
        Object value;
        try {
            value = field.equals(StoredScore.RANK) ? (Object) Integer.valueOf(parts[1]) : (Object) Double.valueOf(parts[1]);
        } catch (NumberFormatException e) {
            throw notOurs();
        }
        Criteria tied = Criteria.where(field).is(value).and(StoredScore.CUSTOMER_ID);
        return new Criteria().orOperator(beyond(Criteria.where(field), fieldAscends, value),
                beyond(tied, idAscends, parts[2]));
    }

    private static Criteria beyond(Criteria where, boolean ascends, Object value) {
        return ascends ? where.gt(value) : where.lt(value);
    }

    private static Sort.Direction direction(boolean ascends) {
        return ascends ? Sort.Direction.ASC : Sort.Direction.DESC;
    }

    private static InvalidInputException notOurs() {
        return new InvalidInputException("after", "is not a cursor from this list; pass an endCursor from a previous "
                + "page of the same filter and order");
    }
}
