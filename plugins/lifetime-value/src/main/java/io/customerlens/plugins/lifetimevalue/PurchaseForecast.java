package io.customerlens.plugins.lifetimevalue;

/** A fitted "buy till you die" purchase model, forecasting one customer from x, t_x and T in weeks. */
interface PurchaseForecast {

    /** @return P(alive | x, t_x, T) */
    double pAlive(int x, double tx, double tCal);

    /** @return E[Y(horizon) | x, t_x, T], the purchases expected in the next {@code horizon} weeks */
    double expectedPurchases(double horizon, int x, double tx, double tCal);
}
