package io.customerlens.plugins.lifetimevalue;

/**
 * What {@link BgNbdModel} and {@link ClvModel} estimate from the population, by maximum likelihood:
 * the BG/NBD purchase model (time unit: weeks) and the Gamma-Gamma spend model (currency units of the
 * order amounts). Immutable; the server caches it per population version, date and parameters.
 *
 * @param r             BG/NBD shape of the purchase-rate gamma
 * @param alpha         BG/NBD scale of the purchase-rate gamma, in weeks
 * @param a             BG/NBD first shape of the dropout beta
 * @param b             BG/NBD second shape of the dropout beta
 * @param logLikelihood BG/NBD log-likelihood at the estimate, summed over all customers
 * @param p             Gamma-Gamma shape of a purchase value
 * @param q             Gamma-Gamma shape of the heterogeneity
 * @param gamma         Gamma-Gamma scale of the heterogeneity, in currency units
 * @param customers     customers the BG/NBD was fitted on
 * @param repeatBuyers  customers the Gamma-Gamma was fitted on (x > 0 and mean repeat value > 0)
 */
public record LifetimeFit(double r, double alpha, double a, double b, double logLikelihood,
                          double p, double q, double gamma, int customers, int repeatBuyers) {

    /** @return the purchase model with these parameters */
    BgNbd bgNbd() {
        return new BgNbd(r, alpha, a, b);
    }

    /** @return the spend model with these parameters */
    GammaGamma gammaGamma() {
        return new GammaGamma(p, q, gamma);
    }
}
