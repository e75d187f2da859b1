package io.customerlens.plugins.servicerecovery;

import static io.customerlens.plugins.support.Wording.decimal;
import static io.customerlens.plugins.support.Wording.plural;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.SatisfactionModel;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.ServiceInteraction;
import io.customerlens.sdk.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.pf4j.Extension;

/**
 * Service-recovery aware satisfaction: survey satisfaction on 0-100, lowered for failed or slow complaint
 * handling and raised, once, for complaints resolved within the target (the service-recovery paradox).
 */
@Extension
public class ServiceRecoveryModel implements SatisfactionModel {

    static final Scale SCALE = new Scale(0, 100, "points");

    static final String TARGET_HOURS = "resolutionTargetHours";
    static final String UNRESOLVED_PENALTY = "unresolvedPenalty";
    static final String FAST_PENALTY = "resolvedFastPenalty";
    static final String LATE_PENALTY = "resolvedLatePenalty";
    static final String RECOVERY_BONUS = "recoveryBonus";
    static final String NEUTRAL_BASE = "neutralBase";

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("service-recovery", ModelFamily.SATISFACTION)
            .name("Service-recovery aware satisfaction")
            .version("1.0.0")
            .description("Survey satisfaction on 0-100, adjusted for how the customer's complaints were handled:"
                    + " penalties for unresolved and late-resolved complaints, a capped bonus for complaints"
                    + " resolved within the target.")
            .formula("Window: surveys by answeredAt, interactions by openedAt, within lookbackDays up to the end"
                    + " of the as-of day E (UTC); 0 = all. base = mean over CSAT answers of (csat - 1) / 4 x 100;"
                    + " if none, mean NPS x 10; if neither, neutralBase. Each COMPLAINT in the window is: fast if"
                    + " RESOLVED and resolvedAt - openedAt <= resolutionTargetHours; late if RESOLVED and longer;"
                    + " unresolved if UNRESOLVED, ESCALATED, or OPEN with E - openedAt > the target; pending if OPEN"
                    + " with E - openedAt <= the target. resolvedFast = #fast x (recoveryBonus - resolvedFastPenalty);"
                    + " resolvedLate = -#late x resolvedLatePenalty; unresolved = -#unresolved x unresolvedPenalty;"
                    + " pending: no points. value = min(100, max(0, min(base + resolvedFast + resolvedLate"
                    + " + unresolved, base + recoveryBonus))); adjustment = value - base. Bands: Satisfied >= 75,"
                    + " Recovering >= 50, At risk < 50. No CSAT or NPS answers and no interactions in the window:"
                    + " no data.")
            .source("Hart, C. W. L., Heskett, J. L. & Sasser, W. E. Jr. (1990) \"The Profitable Art of Service"
                    + " Recovery\", Harvard Business Review 68(4); McCollough, M. A., Berry, L. L. & Yadav, M. S."
                    + " (2000) \"An Empirical Investigation of Customer Satisfaction After Service Failure and"
                    + " Recovery\", Journal of Service Research 3(2) (the service-recovery paradox). The 4-hour"
                    + " target is a common service-level convention; points, cap and bands are a Customer Lens"
                    + " convention, declared as parameters.")
            .parameter(Lookback.parameter("Only count survey answers and interactions from the last N days up to the"
                    + " end of the as-of day (UTC); 0 counts everything."))
            .parameter(ParameterSpec.integer(TARGET_HOURS, "Hours from opening within which a complaint counts as"
                    + " resolved fast; an open complaint older than this counts as unresolved.", 4, 1, 720))
            .parameter(ParameterSpec.decimal(UNRESOLVED_PENALTY, "Points off per unresolved complaint (UNRESOLVED,"
                    + " ESCALATED, or OPEN beyond the target).", 15, 0, 100))
            .parameter(ParameterSpec.decimal(FAST_PENALTY,
                    "Points off per complaint resolved within the target.", 0, 0, 100))
            .parameter(ParameterSpec.decimal(LATE_PENALTY,
                    "Points off per complaint resolved after the target.", 8, 0, 100))
            .parameter(ParameterSpec.decimal(RECOVERY_BONUS, "Points added per complaint resolved within the"
                    + " target; the score never exceeds base + recoveryBonus.", 5, 0, 50))
            .parameter(ParameterSpec.decimal(NEUTRAL_BASE,
                    "Base when the customer has no CSAT or NPS answers in the window.", 70, 0, 100))
            .inputs(CustomerData.SURVEYS, CustomerData.INTERACTIONS)
            .scale(SCALE)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
        Lookback window = Lookback.of(context);
        Parameters p = context.parameters();
        List<SurveyResponse> surveys = window.filter(customer.surveys(), SurveyResponse::answeredAt);
        List<ServiceInteraction> interactions = window.filter(customer.interactions(), ServiceInteraction::openedAt);
        Base base = Base.of(surveys, p.decimal(NEUTRAL_BASE));
        if (!base.surveyed() && interactions.isEmpty()) {
            return Score.noData(SCALE, "no CSAT or NPS answers and no service interactions" + window.describe());
        }
        int hours = p.integer(TARGET_HOURS);
        ComplaintTally tally = ComplaintTally.of(interactions, endOfDay(context.asOf()), Duration.ofHours(hours));
        double bonus = p.decimal(RECOVERY_BONUS);
        Recovery recovery = new Recovery(hours, bonus, base.value(),
                points(tally.fast(), bonus - p.decimal(FAST_PENALTY)),
                points(tally.late(), -p.decimal(LATE_PENALTY)),
                points(tally.unresolved(), -p.decimal(UNRESOLVED_PENALTY)));
        double value = recovery.value();
        String band = band(value);
        String hourLimit = plural(hours, "hour");
        List<Component> components = List.of(
                new Component("base", base.value(), base.basis()),
                new Component("complaints", tally.total(), "complaints opened in the window"),
                new Component("resolvedFast", recovery.fast(), tally.fast() + " resolved within " + hourLimit
                        + " x (+" + decimal(bonus) + " bonus - " + decimal(p.decimal(FAST_PENALTY)) + " penalty)"),
                new Component("resolvedLate", recovery.late(), tally.late() + " resolved after " + hourLimit
                        + " x -" + decimal(p.decimal(LATE_PENALTY))),
                new Component("unresolved", recovery.unresolved(), tally.unresolved() + " unresolved, escalated or"
                        + " open beyond " + hourLimit + " x -" + decimal(p.decimal(UNRESOLVED_PENALTY))),
                new Component("pending", tally.pending(), "open complaints still within " + hourLimit
                        + ": no penalty yet"),
                new Component("adjustment", value - base.value(), "score minus base, after the cap at base + "
                        + decimal(bonus) + " and clamping to 0-100"));
        return new Score(value, SCALE, band, components, recovery.explain(base, tally) + ": " + band);
    }

    static String band(double value) {
        if (value >= 75) {
            return "Satisfied";
        }
        return value >= 50 ? "Recovering" : "At risk";
    }

    /** @return the end of the as-of day (UTC), where the lookback window ends; open complaints are aged to it */
    private static Instant endOfDay(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** count x each, without a negative zero for no complaints. */
    private static double points(int count, double each) {
        return count == 0 ? 0 : count * each;
    }
}
