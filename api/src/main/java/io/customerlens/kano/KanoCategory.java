package io.customerlens.kano;

import io.customerlens.customer.KanoResponse;

/**
 * The Kano categories, and the standard evaluation table (Berger et al. 1993) that turns a pair of answers into
 * one. Rows are the functional answer, columns the dysfunctional answer, both in the order like, must-be, neutral,
 * live-with, dislike:
 *
 * <pre>
 *              like  must-be  neutral  live-with  dislike
 * like          Q      A        A         A         O
 * must-be       R      I        I         I         M
 * neutral       R      I        I         I         M
 * live-with     R      I        I         I         M
 * dislike       R      R        R         R         Q
 * </pre>
 */
public enum KanoCategory {
    /** A: delights when present, not missed when absent. */
    ATTRACTIVE,
    /** O (one-dimensional): the more, the better. */
    PERFORMANCE,
    /** M: taken for granted when present, dissatisfies when absent. */
    MUST_BE,
    /** I: makes no difference either way. */
    INDIFFERENT,
    /** R: the respondent prefers it absent. */
    REVERSE,
    /** Q: contradictory answers (like or dislike both having and lacking it). */
    QUESTIONABLE;

    /** @return the category of a pair of answers by the evaluation table */
    public static KanoCategory of(KanoResponse functional, KanoResponse dysfunctional) {
        if (functional == dysfunctional && (functional == KanoResponse.LIKE || functional == KanoResponse.DISLIKE)) {
            return QUESTIONABLE;
        }
        if (functional == KanoResponse.LIKE) {
            return dysfunctional == KanoResponse.DISLIKE ? PERFORMANCE : ATTRACTIVE;
        }
        if (functional == KanoResponse.DISLIKE || dysfunctional == KanoResponse.LIKE) {
            return REVERSE;
        }
        return dysfunctional == KanoResponse.DISLIKE ? MUST_BE : INDIFFERENT;
    }
}
