package io.customerlens.economics;

/**
 * The economics of a group of customers over a window. Money is rounded to cents.
 *
 * @param customers          customers in the group
 * @param revenue            their order amounts in the window (paid, after discount)
 * @param revenueShare       revenue / the revenue of every group; null when that is 0
 * @param orders             their orders in the window
 * @param meanOrderValue     revenue / orders; null without orders
 * @param buyers             customers with at least one order in the window
 * @param repeatPurchaseRate customers with two or more orders / buyers; null without buyers
 * @param interactions       service interactions opened in the window
 * @param serviceCost        the segment's yearly cost per customer × customers × days / 365
 * @param interactionCost    interactions × the cost of one
 * @param costToServe        serviceCost + interactionCost
 * @param grossProfit        revenue × the gross-margin rate
 * @param margin             grossProfit − costToServe
 * @param roi                margin / costToServe; null when costToServe is 0
 */
public record Figures(int customers, double revenue, Double revenueShare, int orders, Double meanOrderValue, int buyers,
                      Double repeatPurchaseRate, int interactions, double serviceCost, double interactionCost,
                      double costToServe, double grossProfit, double margin, Double roi) {
}
