package io.customerlens.plugins.loyalty;

import io.customerlens.plugins.support.Wording;
import io.customerlens.sdk.Component;
import io.customerlens.sdk.CustomerData;
import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Engagement;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The relationship-marketing ladder of loyalty: prospect, customer, client, supporter, advocate, climbed from
 * transactional (orders) through emotional (positive surveys, events) to advocacy (referrals, community posts).
 */
@Extension
public class LoyaltyLadderModel implements SegmentationModel {

    static final String ADVOCATE_REFERRALS = "advocateReferrals";
    static final String ADVOCATE_POSTS = "advocatePosts";
    static final String SUPPORTER_EVENTS = "supporterEvents";
    static final String REPEAT_ORDERS = "repeatOrders";

    static final SegmentDefinition ADVOCATE = new SegmentDefinition("advocate", "Advocate", 1,
            "Advocacy stage: refers other customers or contributes to the community.");
    static final SegmentDefinition SUPPORTER = new SegmentDefinition("supporter", "Supporter", 2,
            "Emotional stage: a repeat customer who answered a survey positively or attends events.");
    static final SegmentDefinition CLIENT = new SegmentDefinition("client", "Client", 3,
            "Transactional stage: a repeat customer without a sign of attachment yet.");
    static final SegmentDefinition CUSTOMER = new SegmentDefinition("customer", "Customer", 4,
            "Transactional stage: has bought, but fewer times than a repeat customer.");
    static final SegmentDefinition PROSPECT = new SegmentDefinition("prospect", "Prospect", 5,
            "Has not bought yet.");

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("loyalty-ladder", ModelFamily.SEGMENTATION)
            .name("Loyalty ladder")
            .version("1.0.0")
            .description("Places the customer on the relationship-marketing ladder of loyalty, from prospect to"
                    + " advocate, by orders, positive surveys, events, referrals and community posts.")
            .formula("orders = order count; referrals, events, communityPosts from the profile's engagement;"
                    + " positiveSurveys = #surveys (all answers) that are positive: NPS >= 9; without NPS,"
                    + " CSAT >= 4; without either, CES >= 5. A threshold of 0 turns its criterion off."
                    + " Checked from the top: advocate if referrals >= advocateReferrals or communityPosts >="
                    + " advocatePosts; supporter if orders >= repeatOrders and (positiveSurveys >= 1 or events >="
                    + " supporterEvents); client if orders >= repeatOrders; customer if orders >= 1; otherwise"
                    + " prospect. customer and client are the transactional stage, supporter the emotional stage,"
                    + " advocate the advocacy stage.")
            .source("Christopher, M., Payne, A. & Ballantyne, D. (1991) \"Relationship Marketing: Bringing"
                    + " Quality, Customer Service and Marketing Together\", Butterworth-Heinemann (the relationship"
                    + " marketing ladder of loyalty: prospect, customer, client, supporter, advocate); Raphel, M. &"
                    + " Raphel, N. (1995) \"Up the Loyalty Ladder\", HarperBusiness. The observable criteria for"
                    + " each rung are a Customer Lens convention, declared as parameters.")
            .parameter(ParameterSpec.integer(ADVOCATE_REFERRALS,
                    "Referrals from which a customer is an advocate; 0 turns the criterion off.", 1, 0, 100))
            .parameter(ParameterSpec.integer(ADVOCATE_POSTS,
                    "Community posts from which a customer is an advocate; 0 turns the criterion off.", 5, 0, 100))
            .parameter(ParameterSpec.integer(SUPPORTER_EVENTS, "Events attended from which a repeat customer"
                    + " without a positive survey is a supporter; 0 turns the criterion off.", 1, 0, 100))
            .parameter(ParameterSpec.integer(REPEAT_ORDERS, "Orders from which a customer is a repeat customer"
                    + " (client, or supporter).", 2, 2, 100))
            .inputs(CustomerData.PROFILE, CustomerData.SURVEYS)
            .segment(ADVOCATE)
            .segment(SUPPORTER)
            .segment(CLIENT)
            .segment(CUSTOMER)
            .segment(PROSPECT)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
        Parameters p = context.parameters();
        int orders = customer.orderSummary().count();
        Engagement engagement = customer.profile().engagement();
        long positive = SurveyAnswers.countPositive(SurveyAnswers.rated(customer.surveys()));
        boolean advocates = reaches(engagement.referrals(), p.integer(ADVOCATE_REFERRALS))
                || reaches(engagement.communityPosts(), p.integer(ADVOCATE_POSTS));
        boolean repeat = orders >= p.integer(REPEAT_ORDERS);
        boolean attached = positive > 0 || reaches(engagement.events(), p.integer(SUPPORTER_EVENTS));
        SegmentDefinition stage = stage(orders, repeat, advocates, attached);
        return stage.assign(reasons(stage, orders, repeat, engagement, positive, p),
                components(orders, engagement, positive));
    }

    static SegmentDefinition stage(int orders, boolean repeat, boolean advocates, boolean attached) {
        if (advocates) {
            return ADVOCATE;
        }
        if (repeat) {
            return attached ? SUPPORTER : CLIENT;
        }
        return orders > 0 ? CUSTOMER : PROSPECT;
    }

    private static List<String> reasons(SegmentDefinition stage, int orders, boolean repeat, Engagement engagement,
                                        long positive, Parameters p) {
        List<String> reasons = new ArrayList<>();
        reasons.add(orders == 0 ? "no orders yet" : Wording.plural(orders, "order") + ", "
                + (repeat ? "a" : "not yet a") + " repeat customer (from " + p.integer(REPEAT_ORDERS) + " orders)");
        reasons.add((stage == ADVOCATE ? "advocates: " : "not an advocate: ")
                + Wording.plural(engagement.referrals(), "referral") + " (" + needs(p, ADVOCATE_REFERRALS)
                + "), " + Wording.plural(engagement.communityPosts(), "community post") + " ("
                + needs(p, ADVOCATE_POSTS) + ")");
        if (stage == SUPPORTER || stage == CLIENT) {
            reasons.add(Wording.plural(positive, "positive survey") + " and "
                    + Wording.plural(engagement.events(), "event") + " attended (" + needs(p, SUPPORTER_EVENTS)
                    + "): " + (stage == SUPPORTER ? "a sign" : "no sign") + " of emotional attachment");
        }
        return reasons;
    }

    /** A threshold of 0 means the criterion is off, not that everybody meets it. */
    private static boolean reaches(int count, int threshold) {
        return threshold > 0 && count >= threshold;
    }

    private static String needs(Parameters p, String threshold) {
        int value = p.integer(threshold);
        return value == 0 ? "criterion off" : "from " + value;
    }

    private static List<Component> components(int orders, Engagement engagement, long positive) {
        return List.of(
                new Component("orders", orders, "orders placed"),
                new Component("referrals", engagement.referrals(), "customers referred"),
                new Component("events", engagement.events(), "events attended"),
                new Component("communityPosts", engagement.communityPosts(), "community posts contributed"),
                new Component("positiveSurveys", positive, "surveys answered positively"));
    }
}
