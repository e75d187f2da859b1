package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.ModelDescriptor;
import java.util.List;
import org.pf4j.Extension;

/** MBG/NBD purchase forecast: P(alive) on 0-100 with the purchases expected over a horizon. */
@Extension
public class MbgNbdModel extends PurchaseForecastModel<MbgNbd> {

    static final String BDF_2007 = "Batislam, E. P., Denizel, M. & Filiztekin, A. (2007) \"Empirical validation"
            + " and comparison of models for customer base analysis\", International Journal of Research in"
            + " Marketing 24(3) (MBG/NBD: likelihood eq. 5, conditional expectation eq. 8)";

    static final ModelDescriptor DESCRIPTOR = forecastDescriptor("mbg-nbd")
            .name("MBG/NBD purchase forecast")
            .description("The probability that a customer is still active and the purchases expected over a horizon,"
                    + " from the MBG/NBD model: BG/NBD in which a customer may also leave right after the first"
                    + " purchase, so one-time buyers are not all taken for alive. Fitted by maximum likelihood on"
                    + " every buying customer.")
            .formula(Forecast.PATTERN + " MBG/NBD: purchase rate lambda ~ Gamma(r, alpha); at time 0 and after each"
                    + " repeat purchase the customer drops out with probability p ~ Beta(a, b)."
                    + " LL = ln[G(r+x) alpha^r / G(r)] + ln[G(a+b) G(b+x+1) / (G(b) G(a+b+x+1))] - (r+x) ln(alpha+T)"
                    + " + ln[1 + a/(b+x) ((alpha+T)/(alpha+t_x))^(r+x)], G = gamma function; r, alpha, a, b maximise"
                    + " the sum over every buying customer (Nelder-Mead on the logarithms from 1, 1, 1, 1)."
                    + " P(alive) = 1 / (1 + a/(b+x) ((alpha+T)/(alpha+t_x))^(r+x)), below 1 for x = 0 too."
                    + " E[Y(t)] = P(alive) (a+b+x)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x)"
                    + " 2F1(r+x, b+x+1; a+b+x; t/(alpha+T+t))]. value = 100 x P(alive); bands: Active >= 70,"
                    + " At risk >= 30, Likely lapsed < 30. No order up to asOf: no data.")
            .source(BDF_2007 + ". Checked on the CDNOW sample against an independent fit: r 0.525, alpha 6.183,"
                    + " a 0.891, b 1.614.")
            .build();

    public MbgNbdModel() {
        super("MBG/NBD", MbgNbd.class);
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    MbgNbd fit(List<WeeklyPattern> customers) {
        return LifetimeEstimator.fitMbgNbd(customers).model();
    }

    @Override
    List<Component> parameters(MbgNbd fit) {
        return List.of(
                new Component("r", fit.r(), "MBG/NBD purchase-rate shape (population fit)"),
                new Component("alpha", fit.alpha(), "MBG/NBD purchase-rate scale in weeks (population fit)"),
                new Component("a", fit.a(), "MBG/NBD dropout shape a (population fit)"),
                new Component("b", fit.b(), "MBG/NBD dropout shape b (population fit)"));
    }
}
