package io.customerlens.backtest;

import io.customerlens.scoring.ModelRef;
import io.customerlens.sdk.ModelFamily;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a backtest: the population and what it did in the holdout, each model's figures, and the models
 * ranked on each measure.
 *
 * @param customers          customers who existed at the end of calibration
 * @param calibrationBuyers  those of them with an order in calibration
 * @param repurchaseRate     share of the customers with a purchase in the holdout
 * @param holdoutPurchases   purchase days in the holdout, summed over the customers
 * @param holdoutSpend       order amounts in the holdout, summed
 */
public record Backtest(LocalDate calibrationEnd, LocalDate holdoutEnd, long holdoutDays, String counting,
                       int customers, int calibrationBuyers, double repurchaseRate, long holdoutPurchases,
                       double holdoutSpend, List<ModelResult> models, List<Ranking> rankings) {

    /** How holdout purchases are counted, given with every answer. */
    static final String COUNTING = "A holdout purchase is a UTC day with at least one order after calibrationEnd and "
            + "up to holdoutEnd, as the lifetime models count purchases; several orders on one day are one purchase. "
            + "Holdout spend sums the amounts of those orders. Bought again: at least one holdout purchase.";

    /**
     * One model's figures over the customers it scored.
     *
     * @param scored            customers with a segment or a value
     * @param noData            customers the model had no data for (no value)
     * @param failed            customers the model failed on
     * @param auc               area under the ROC curve for "bought again" (segments ranked by their rank, 1 best)
     * @param gini              2 AUC − 1
     * @param topFifthSpendShare share of holdout spend made by the fifth of customers the model ranks highest
     * @param gains             cumulative share of customers against share of holdout spend, highest first
     * @param segments          per segment, for a segmentation
     * @param prediction        forecast against actual purchases, for a model that forecasts them
     * @param notes             what was left out, and why
     */
    public record ModelResult(ModelRef model, ModelFamily family, int scored, int noData, int failed, Double auc,
                              Double gini, Double spearmanPurchases, Double spearmanSpend, Double topFifthSpendShare,
                              List<GainPoint> gains, List<SegmentResult> segments, Prediction prediction,
                              List<String> notes) {
    }

    /**
     * One point of a gains curve: a score decile or a segment, taken with those ranked above it.
     *
     * @param group          a decile (1 highest) or a segment code
     * @param customers      customers in the group
     * @param customerShare  share of the customers in this and the higher groups
     * @param spendShare     share of holdout spend made by them
     * @param lift           the group's holdout spend per customer over the population's
     */
    public record GainPoint(String group, int customers, double customerShare, double spendShare, Double lift) {
    }

    /**
     * @param repurchaseRate       share of the segment that bought again
     * @param purchasesPerCustomer mean holdout purchases
     * @param spendPerCustomer     mean holdout spend
     * @param spendShare           share of holdout spend made by the segment
     * @param lift                 the segment's repurchase rate over the population's
     * @param spendLift            the segment's spend per customer over the population's
     */
    public record SegmentResult(String code, String label, int rank, int customers, double share, Double repurchaseRate,
                                Double purchasesPerCustomer, Double spendPerCustomer, double spendShare, Double lift,
                                Double spendLift) {
    }

    /**
     * A purchase forecast set against the holdout, over the customers with an order in calibration that it scored.
     *
     * @param horizonDays             the days the forecast covered
     * @param customers               customers compared
     * @param predictedTotal          forecast purchases, summed
     * @param actualTotal             holdout purchases, summed
     * @param meanAbsoluteError       mean over customers of |forecast − actual|
     * @param auc                     the forecast's AUC for "bought again" (the model's value may rank otherwise)
     * @param spearmanPurchases       Spearman rank correlation of the forecast with holdout purchases
     * @param byCalibrationPurchases  the conditional-expectation table: by repeat purchases in calibration
     */
    public record Prediction(double horizonDays, int customers, double predictedTotal, long actualTotal,
                             double meanAbsoluteError, Double auc, Double spearmanPurchases,
                             List<ConditionalExpectation> byCalibrationPurchases) {
    }

    /**
     * @param repeatPurchases repeat purchases in calibration (purchase days after the first)
     * @param orMore          whether the row also holds every customer with more
     */
    public record ConditionalExpectation(int repeatPurchases, boolean orMore, int customers, double actualMean,
                                         double predictedMean) {
    }

    /**
     * The models ranked on one measure, best first.
     *
     * @param measure        the field of {@link ModelResult} ranked
     * @param higherIsBetter whether a higher value ranks first
     */
    public record Ranking(String measure, boolean higherIsBetter, List<RankedModel> models) {
    }

    /** @param customers the sample size the value rests on */
    public record RankedModel(int rank, ModelRef model, double value, int customers) {
    }
}
