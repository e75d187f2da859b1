package io.customerlens.plugins.lifetimevalue;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.ModelDescriptor;
import java.util.List;
import org.pf4j.Extension;

/** Pareto/NBD purchase forecast: P(alive) on 0-100 with the purchases expected over a horizon. */
@Extension
public class ParetoNbdModel extends PurchaseForecastModel<ParetoNbd> {

    static final String SMC_1987 = "Schmittlein, D. C., Morrison, D. G. & Colombo, R. (1987) \"Counting Your"
            + " Customers: Who Are They and What Will They Do Next?\", Management Science 33(1)";
    static final String FH_2005_NOTE = "Fader, P. S. & Hardie, B. G. S. (2005) note \"A Note on Deriving the"
            + " Pareto/NBD Model and Related Expressions\" (likelihood eq. 22-24, P(alive) eq. 25, conditional"
            + " expectation eq. 26)";

    static final ModelDescriptor DESCRIPTOR = forecastDescriptor("pareto-nbd")
            .name("Pareto/NBD purchase forecast")
            .description("The probability that a customer is still active and the purchases expected over a horizon,"
                    + " from the Pareto/NBD model, in which customers may leave at any time (not only after a"
                    + " purchase, as in BG/NBD), fitted by maximum likelihood on every buying customer.")
            .formula(Forecast.PATTERN + " Pareto/NBD: purchase rate lambda ~ Gamma(r, alpha), dropout rate"
                    + " mu ~ Gamma(s, beta). LL = ln[G(r+x) alpha^r beta^s / G(r)] + ln[(alpha+T)^-(r+x) (beta+T)^-s"
                    + " + s / (r+s+x) A0], A0 = 2F1(r+s+x, s+1; r+s+x+1; (alpha-beta)/(alpha+t_x)) / (alpha+t_x)^(r+s+x)"
                    + " minus the same at T when alpha >= beta (else 2F1(r+s+x, r+x; r+s+x+1; (beta-alpha)/(beta+t))"
                    + " / (beta+t)^(r+s+x)), G = gamma function; r, alpha, s, beta maximise the sum over every buying"
                    + " customer (Nelder-Mead on the logarithms from 1, 1, 1, 1)."
                    + " P(alive) = G(r+x) alpha^r beta^s / (G(r) (alpha+T)^(r+x) (beta+T)^s L);"
                    + " E[Y(t)] = P(alive) (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)]."
                    + " value = 100 x P(alive); bands: Active >= 70, At risk >= 30, Likely lapsed < 30."
                    + " No order up to asOf: no data.")
            .source(SMC_1987 + "; " + FH_2005_NOTE + ". Checked against the CDNOW estimates of Fader, Hardie & Lee"
                    + " (2005): r 0.553, alpha 10.578, s 0.606, beta 11.669.")
            .build();

    public ParetoNbdModel() {
        super("Pareto/NBD", ParetoNbd.class);
    }

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    ParetoNbd fit(List<WeeklyPattern> customers) {
        return LifetimeEstimator.fitParetoNbd(customers).model();
    }

    @Override
    List<Component> parameters(ParetoNbd fit) {
        return List.of(
                new Component("r", fit.r(), "Pareto/NBD purchase-rate shape (population fit)"),
                new Component("alpha", fit.alpha(), "Pareto/NBD purchase-rate scale in weeks (population fit)"),
                new Component("s", fit.s(), "Pareto/NBD dropout-rate shape (population fit)"),
                new Component("beta", fit.beta(), "Pareto/NBD dropout-rate scale in weeks (population fit)"));
    }
}
