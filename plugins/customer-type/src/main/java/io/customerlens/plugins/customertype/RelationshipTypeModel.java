package io.customerlens.plugins.customertype;

import static io.customerlens.plugins.support.Wording.plural;

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
 * Relationship type: strategic (contract, key account or a steadily buying business account), community
 * (contributes or refers), experiential (attends events) or transactional (buys, nothing more), checked from
 * the deepest relationship down.
 */
@Extension
public class RelationshipTypeModel implements SegmentationModel {

    static final String STRATEGIC_B2B_ORDERS = "strategicB2bOrders";
    static final String COMMUNITY_POSTS = "communityPosts";
    static final String COMMUNITY_REFERRALS = "communityReferrals";
    static final String EXPERIENTIAL_EVENTS = "experientialEvents";

    static final SegmentDefinition STRATEGIC = new SegmentDefinition("STRATEGIC", "Strategic", 1,
            "A formal long-term relationship: contract or key account, or a business account that buys steadily.");
    static final SegmentDefinition COMMUNITY = new SegmentDefinition("COMMUNITY", "Community", 2,
            "Belongs to the customer community: contributes posts or refers other customers.");
    static final SegmentDefinition EXPERIENTIAL = new SegmentDefinition("EXPERIENTIAL", "Experiential", 3,
            "Takes part in experiences around the brand: events, workshops, webinars.");
    static final SegmentDefinition TRANSACTIONAL = new SegmentDefinition("TRANSACTIONAL", "Transactional", 4,
            "Buys, without engagement or an account agreement beyond the purchases.");
    static final SegmentDefinition UNCLASSIFIED = new SegmentDefinition("UNCLASSIFIED", "Unclassified", 5,
            "No relationship yet: no orders, no engagement above the thresholds, no account flag.");

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("relationship-type", ModelFamily.SEGMENTATION)
            .name("Relationship type")
            .version("1.0.0")
            .description("Types the relationship a customer has with us, from transactional through experiential"
                    + " and community to strategic, by their order pattern, engagement (events, community posts,"
                    + " referrals) and contract or account flags.")
            .formula("orders = order count; referrals, events, communityPosts from the profile's engagement;"
                    + " contract flag = tag contract or key-account, b2b flag = tag b2b (tags compared without"
                    + " case). A threshold of 0 turns its criterion off. Checked from the top: STRATEGIC if the"
                    + " contract flag is set, or the b2b flag is set and orders >= strategicB2bOrders; COMMUNITY if"
                    + " communityPosts >= communityPosts or referrals >= communityReferrals; EXPERIENTIAL if events"
                    + " >= experientialEvents; TRANSACTIONAL if orders >= 1; otherwise UNCLASSIFIED.")
            .source("The continuum from transactions to long-term relationships and strategic alliances: Webster,"
                    + " F. E. (1992) \"The Changing Role of Marketing in the Corporation\", Journal of Marketing"
                    + " 56(4), 1-17, and Grönroos, C. (1994) \"From Marketing Mix to Relationship Marketing\","
                    + " Management Decision 32(2), 4-20; experiences: Pine, B. J. & Gilmore, J. H. (1998)"
                    + " \"Welcome to the Experience Economy\", Harvard Business Review 76(4); brand community:"
                    + " McAlexander, J. H., Schouten, J. W. & Koenig, H. F. (2002) \"Building Brand Community\","
                    + " Journal of Marketing 66(1). The observable criteria, the tags and the thresholds are a"
                    + " Customer Lens convention, declared as parameters.")
            .parameter(ParameterSpec.integer(STRATEGIC_B2B_ORDERS, "Orders from which a customer tagged b2b is"
                    + " strategic; 0 turns the criterion off (the contract tags still count).", 6, 0, 10000))
            .parameter(ParameterSpec.integer(COMMUNITY_POSTS, "Community posts from which a customer is community;"
                    + " 0 turns the criterion off.", 3, 0, 1000))
            .parameter(ParameterSpec.integer(COMMUNITY_REFERRALS, "Referrals from which a customer is community;"
                    + " 0 turns the criterion off.", 2, 0, 1000))
            .parameter(ParameterSpec.integer(EXPERIENTIAL_EVENTS, "Events attended from which a customer is"
                    + " experiential; 0 turns the criterion off.", 2, 0, 1000))
            .inputs(CustomerData.PROFILE)
            .segment(STRATEGIC)
            .segment(COMMUNITY)
            .segment(EXPERIENTIAL)
            .segment(TRANSACTIONAL)
            .segment(UNCLASSIFIED)
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
        AccountFlags flags = AccountFlags.of(customer.profile().tags());
        boolean strategic = flags.contract() || flags.b2b() && reaches(orders, p.integer(STRATEGIC_B2B_ORDERS));
        boolean community = reaches(engagement.communityPosts(), p.integer(COMMUNITY_POSTS))
                || reaches(engagement.referrals(), p.integer(COMMUNITY_REFERRALS));
        boolean experiential = reaches(engagement.events(), p.integer(EXPERIENTIAL_EVENTS));
        SegmentDefinition type = strategic ? STRATEGIC : community ? COMMUNITY : experiential ? EXPERIENTIAL
                : orders > 0 ? TRANSACTIONAL : UNCLASSIFIED;
        return type.assign(reasons(orders, engagement, flags, p, strategic, community, experiential),
                components(orders, engagement, flags));
    }

    private static List<String> reasons(int orders, Engagement engagement, AccountFlags flags, Parameters p,
                                        boolean strategic, boolean community, boolean experiential) {
        List<String> reasons = new ArrayList<>();
        reasons.add((strategic ? "strategic: " : "not strategic: ")
                + (flags.contract() ? "contract or key-account tag" : "no contract or key-account tag") + ", "
                + (flags.b2b() ? "b2b" : "not b2b") + " with " + plural(orders, "order") + " ("
                + needs(p, STRATEGIC_B2B_ORDERS) + ")");
        if (!strategic) {
            reasons.add((community ? "community: " : "not community: ")
                    + plural(engagement.communityPosts(), "community post") + " (" + needs(p, COMMUNITY_POSTS) + "), "
                    + plural(engagement.referrals(), "referral") + " (" + needs(p, COMMUNITY_REFERRALS) + ")");
        }
        if (!strategic && !community) {
            reasons.add((experiential ? "experiential: " : "not experiential: ")
                    + plural(engagement.events(), "event") + " attended (" + needs(p, EXPERIENTIAL_EVENTS) + ")");
        }
        if (!strategic && !community && !experiential) {
            reasons.add(orders > 0 ? "transactional: " + plural(orders, "order") + " and no deeper relationship"
                    : "no orders: no relationship yet");
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

    private static List<Component> components(int orders, Engagement engagement, AccountFlags flags) {
        return List.of(
                new Component("orders", orders, "orders placed"),
                new Component("communityPosts", engagement.communityPosts(), "community posts contributed"),
                new Component("referrals", engagement.referrals(), "customers referred"),
                new Component("events", engagement.events(), "events attended"),
                new Component("contract", flags.contract() ? 1 : 0, "1 if tagged contract or key-account"),
                new Component("b2b", flags.b2b() ? 1 : 0, "1 if tagged b2b"));
    }
}
