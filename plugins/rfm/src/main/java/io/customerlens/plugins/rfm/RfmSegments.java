package io.customerlens.plugins.rfm;

import io.customerlens.sdk.SegmentDefinition;
import java.util.List;

/** The segments RFM can assign: the standard 11-segment grid, the four-class scheme, and prospects. */
final class RfmSegments {

    static final SegmentDefinition CHAMPIONS = new SegmentDefinition("champions", "Champions", 1,
            "Bought very recently, buy often and spend the most.");
    static final SegmentDefinition LOYAL = new SegmentDefinition("loyal", "Loyal", 2,
            "Buy often and spend well, and bought fairly recently.");
    static final SegmentDefinition POTENTIAL_LOYALIST = new SegmentDefinition("potential-loyalist",
            "Potential Loyalist", 3, "Recent customers with low to average frequency and spend.");
    static final SegmentDefinition NEW_CUSTOMERS = new SegmentDefinition("new-customers", "New Customers", 4,
            "Bought very recently, but rarely and little so far.");
    static final SegmentDefinition PROMISING = new SegmentDefinition("promising", "Promising", 5,
            "Bought recently, but rarely and little so far.");
    static final SegmentDefinition NEED_ATTENTION = new SegmentDefinition("need-attention", "Need Attention", 6,
            "Average recency, frequency and spend.");
    static final SegmentDefinition ABOUT_TO_SLEEP = new SegmentDefinition("about-to-sleep", "About to Sleep", 7,
            "Average recency with low frequency and spend; slipping away.");
    static final SegmentDefinition AT_RISK = new SegmentDefinition("at-risk", "At Risk", 8,
            "Bought often or spent well, but long ago.");
    static final SegmentDefinition CANT_LOSE = new SegmentDefinition("cant-lose", "Can't Lose Them", 9,
            "Among the most frequent, highest-spending customers, but have not bought for a long time.");
    static final SegmentDefinition HIBERNATING = new SegmentDefinition("hibernating", "Hibernating", 10,
            "Last bought long ago, with few orders and low spend.");
    static final SegmentDefinition LOST = new SegmentDefinition("lost", "Lost", 11,
            "Lowest recency, frequency and spend.");
    static final SegmentDefinition PROSPECT = new SegmentDefinition("prospect", "Prospect", 12,
            "No orders yet, so no R, F or M score; either scheme (rank 12 in standard, 5 in four-class).");

    static final SegmentDefinition CORE = new SegmentDefinition("core", "Core", 1,
            "Four-class scheme: R, F and M all at least 4 (recent, frequent, high spend).");
    static final SegmentDefinition POTENTIAL = new SegmentDefinition("potential", "Potential (win back)", 2,
            "Four-class scheme: R at most 2 with F and M at least 4 (lapsed, historically frequent and high spend).");
    static final SegmentDefinition ORDINARY = new SegmentDefinition("ordinary", "Ordinary", 3,
            "Four-class scheme: customers with orders who fit none of the other classes.");
    static final SegmentDefinition CHURN_WARNING = new SegmentDefinition("churn-warning", "Churn warning", 4,
            "Four-class scheme: R, F and M all at most 2 (lapsed, few orders, low spend).");

    /** Rank of a prospect in the four-class scheme, where only five classes exist. */
    static final int FOUR_CLASS_PROSPECT_RANK = 5;

    static final List<SegmentDefinition> ALL = List.of(CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW_CUSTOMERS,
            PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE, HIBERNATING, LOST, PROSPECT,
            CORE, POTENTIAL, ORDINARY, CHURN_WARNING);

    /** The standard scheme's segments: the R x FM grid and prospects. */
    static final List<SegmentDefinition> STANDARD = ALL.subList(0, 12);

    /** The four-class scheme's segments, with prospects ranked fifth as this scheme assigns them. */
    static final List<SegmentDefinition> FOUR_CLASS = List.of(CORE, POTENTIAL, ORDINARY, CHURN_WARNING,
            new SegmentDefinition(PROSPECT.code(), PROSPECT.label(), FOUR_CLASS_PROSPECT_RANK, PROSPECT.description()));

    /** Rows R = 1..5, columns FM = 1..5. */
    private static final SegmentDefinition[][] GRID = {
            {LOST, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
            {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
            {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL},
            {PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, LOYAL},
            {NEW_CUSTOMERS, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS}
    };

    private RfmSegments() {
    }

    /**
     * @param r  recency score on 1..5
     * @param fm mean of frequency and monetary scores on 1..5
     * @return the standard-scheme segment
     */
    static SegmentDefinition standard(int r, int fm) {
        return GRID[r - 1][fm - 1];
    }

    /**
     * @param r recency score on 1..5
     * @param f frequency score on 1..5
     * @param m monetary score on 1..5
     * @return the four-class segment
     */
    static SegmentDefinition fourClass(int r, int f, int m) {
        if (f >= 4 && m >= 4 && r >= 4) {
            return CORE;
        }
        if (f >= 4 && m >= 4 && r <= 2) {
            return POTENTIAL;
        }
        if (r <= 2 && f <= 2 && m <= 2) {
            return CHURN_WARNING;
        }
        return ORDINARY;
    }
}
