package io.customerlens.tck;

import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.PopulationFit;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.ScoringModel;
import java.time.LocalDate;
import java.util.List;

/**
 * Population statistics computed the way the server computes them: recency, frequency and monetary quantiles over
 * the customers with at least one order (recency in whole UTC days to {@code asOf}, never negative), and every
 * buyer's purchase pattern as of {@code asOf}, given only to models that declare
 * {@link CustomerData#PURCHASE_PATTERNS}, and every membership as known on {@code asOf}, given only to models that
 * declare {@link CustomerData#MEMBERSHIPS}.
 */
public final class Population {

    private Population() {
    }

    /**
     * @param customers every customer in the store, with their full order histories
     * @param asOf      the evaluation date
     * @return the statistics with purchase patterns and memberships
     */
    public static PopulationStatistics of(List<CustomerSnapshot> customers, LocalDate asOf) {
        return PopulationStatistics.of(customers, asOf);
    }

    /**
     * @param model      a model
     * @param descriptor its descriptor
     * @return whether the server computes population statistics for it
     */
    public static boolean needed(ScoringModel<?> model, ModelDescriptor descriptor) {
        return descriptor.inputs().contains(CustomerData.POPULATION)
                || descriptor.inputs().contains(CustomerData.PURCHASE_PATTERNS)
                || descriptor.inputs().contains(CustomerData.MEMBERSHIPS) || model instanceof PopulationFit;
    }

    /**
     * @param statistics statistics with purchase patterns and memberships
     * @param descriptor the model's descriptor
     * @return what the server gives that model: without purchase patterns or memberships unless it declares them
     */
    public static PopulationStatistics asSeenBy(PopulationStatistics statistics, ModelDescriptor descriptor) {
        PopulationStatistics seen = descriptor.inputs().contains(CustomerData.PURCHASE_PATTERNS) ? statistics
                : statistics.withPurchasePatterns(List.of());
        return descriptor.inputs().contains(CustomerData.MEMBERSHIPS) ? seen : seen.withMemberships(List.of());
    }

    /**
     * @param customer   a customer with every history
     * @param descriptor the model's descriptor
     * @return the customer as the server hands it to that model: undeclared histories empty
     */
    public static CustomerSnapshot asSeenBy(CustomerSnapshot customer, ModelDescriptor descriptor) {
        var inputs = descriptor.inputs();
        return new CustomerSnapshot(customer.id(), customer.profile(), customer.orderSummary(),
                inputs.contains(CustomerData.ORDERS) ? customer.orders() : List.of(),
                inputs.contains(CustomerData.SURVEYS) ? customer.surveys() : List.of(),
                inputs.contains(CustomerData.INTERACTIONS) ? customer.interactions() : List.of());
    }
}
