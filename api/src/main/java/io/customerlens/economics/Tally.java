package io.customerlens.economics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Adds up the activity and service cost of a group of customers, then prices it with a cost sheet. */
final class Tally {

    private int customers;
    private BigDecimal revenue = BigDecimal.ZERO;
    private int orders;
    private int buyers;
    private int repeatBuyers;
    private int interactions;
    private BigDecimal serviceCost = BigDecimal.ZERO;

    /**
     * @param activity    what the customer did in the window
     * @param serviceCost what serving them cost in the window (their segment's yearly cost, prorated)
     */
    void add(Activity activity, BigDecimal serviceCost) {
        customers++;
        revenue = revenue.add(activity.revenue());
        orders += activity.orders();
        buyers += activity.orders() >= 1 ? 1 : 0;
        repeatBuyers += activity.orders() >= 2 ? 1 : 0;
        interactions += activity.interactions();
        this.serviceCost = this.serviceCost.add(serviceCost);
    }

    void addAll(Tally other) {
        customers += other.customers;
        revenue = revenue.add(other.revenue);
        orders += other.orders;
        buyers += other.buyers;
        repeatBuyers += other.repeatBuyers;
        interactions += other.interactions;
        serviceCost = serviceCost.add(other.serviceCost);
    }

    BigDecimal revenue() {
        return revenue;
    }

    int customers() {
        return customers;
    }

    /** @param totalRevenue the revenue of every group, for the share */
    Figures figures(BigDecimal totalRevenue, CostSheet sheet) {
        BigDecimal service = cents(serviceCost);
        BigDecimal perInteraction = cents(sheet.interactionCost().multiply(BigDecimal.valueOf(interactions)));
        BigDecimal cost = service.add(perInteraction);
        BigDecimal gross = cents(revenue.multiply(BigDecimal.valueOf(sheet.grossMarginRate())));
        BigDecimal margin = gross.subtract(cost);
        return new Figures(customers, revenue.doubleValue(),
                totalRevenue.signum() == 0 ? null : revenue.doubleValue() / totalRevenue.doubleValue(),
                orders, orders == 0 ? null : revenue.doubleValue() / orders, buyers,
                buyers == 0 ? null : (double) repeatBuyers / buyers, interactions, service.doubleValue(),
                perInteraction.doubleValue(), cost.doubleValue(), gross.doubleValue(), margin.doubleValue(),
                cost.signum() == 0 ? null : margin.doubleValue() / cost.doubleValue());
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
