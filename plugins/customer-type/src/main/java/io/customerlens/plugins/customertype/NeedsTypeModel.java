package io.customerlens.plugins.customertype;

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
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentDefinition;
import io.customerlens.sdk.SegmentationModel;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Needs-based customer type: price-sensitive (buys on discount), service-dependent (needs many service
 * contacts per order) or loyal (buys again and again without either), read from orders and service contacts.
 */
@Extension
public class NeedsTypeModel implements SegmentationModel {

    static final String MIN_ORDERS = "minOrders";
    static final String PRICE_DISCOUNT_SHARE = "priceDiscountShare";
    static final String SERVICE_CONTACTS_PER_ORDER = "serviceContactsPerOrder";
    static final String LOYAL_ORDERS = "loyalOrders";
    static final String LOYAL_RECENCY_DAYS = "loyalRecencyDays";

    static final SegmentDefinition LOYAL = new SegmentDefinition("LOYAL", "Loyal", 1,
            "Buys again and again, recently, without leaning on discounts or service.");
    static final SegmentDefinition SERVICE_DEPENDENT = new SegmentDefinition("SERVICE_DEPENDENT",
            "Service-dependent", 2, "Needs many service contacts (questions, requests, complaints) per order.");
    static final SegmentDefinition PRICE_SENSITIVE = new SegmentDefinition("PRICE_SENSITIVE", "Price-sensitive", 3,
            "Buys mostly on discount.");
    static final SegmentDefinition UNCLASSIFIED = new SegmentDefinition("UNCLASSIFIED", "Unclassified", 4,
            "Too few orders to read a need from, or none of the three needs shows.");

    static final ModelDescriptor DESCRIPTOR = ModelDescriptor.builder("needs-type", ModelFamily.SEGMENTATION)
            .name("Needs-based customer type")
            .version("1.0.0")
            .description("Types a customer by what they need from us: a good price (price-sensitive), help"
                    + " (service-dependent) or simply the product again (loyal), from the discount share of their"
                    + " orders, their service contacts per order and their repeat purchasing.")
            .formula("In the lookback window: orders = #orders; discountShare = #orders with discount > 0 /"
                    + " orders; contactsPerOrder = #INQUIRY, REQUEST and COMPLAINT interactions opened / orders"
                    + " (FEEDBACK is not a need for service); daysSinceLastOrder = UTC days from the last order to"
                    + " asOf. Checked in this order: UNCLASSIFIED if orders < minOrders; PRICE_SENSITIVE if"
                    + " discountShare >= priceDiscountShare; SERVICE_DEPENDENT if contactsPerOrder >="
                    + " serviceContactsPerOrder; LOYAL if orders >= loyalOrders and (loyalRecencyDays = 0 or"
                    + " daysSinceLastOrder <= loyalRecencyDays); otherwise UNCLASSIFIED (no distinctive need).")
            .source("Shopper orientations after Stone, G. P. (1954) \"City Shoppers and Urban Identification\","
                    + " American Journal of Sociology 60(1), 36-45 (the economic shopper and the personalizing"
                    + " shopper who seeks service); needs-based segmentation as in Kotler, P. & Keller, K. L."
                    + " \"Marketing Management\" (Pearson); loyal as repeat buying, Jacoby, J. & Kyner, D. B. (1973)"
                    + " \"Brand Loyalty vs. Repeat Purchasing Behavior\", Journal of Marketing Research 10(1)."
                    + " The observable criteria, thresholds and the order of the checks are a Customer Lens"
                    + " convention, declared as parameters.")
            .parameter(ParameterSpec.integer(MIN_ORDERS, "Orders in the window needed before a type is read;"
                    + " fewer give UNCLASSIFIED.", 2, 1, 100))
            .parameter(ParameterSpec.decimal(PRICE_DISCOUNT_SHARE, "Share of orders with a discount from which a"
                    + " customer is price-sensitive.", 0.5, 0.01, 1))
            .parameter(ParameterSpec.decimal(SERVICE_CONTACTS_PER_ORDER, "Service contacts (inquiries, requests,"
                    + " complaints) per order from which a customer is service-dependent.", 0.5, 0.01, 100))
            .parameter(ParameterSpec.integer(LOYAL_ORDERS, "Orders in the window from which a customer is a loyal"
                    + " repeat buyer.", 3, 2, 1000))
            .parameter(ParameterSpec.integer(LOYAL_RECENCY_DAYS, "A loyal customer's last order is at most this many"
                    + " days before the as-of date; 0 drops the condition.", 365, 0, 3650))
            .parameter(Lookback.parameter("Only count orders and service contacts from the last N days up to the"
                    + " end of the as-of day (UTC); 0 counts everything."))
            .inputs(CustomerData.ORDERS, CustomerData.INTERACTIONS)
            .segment(LOYAL)
            .segment(SERVICE_DEPENDENT)
            .segment(PRICE_SENSITIVE)
            .segment(UNCLASSIFIED)
            .build();

    @Override
    public ModelDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
        Parameters p = context.parameters();
        Lookback window = Lookback.of(context);
        NeedsFigures f = NeedsFigures.of(customer, window, context.asOf());
        List<String> reasons = new ArrayList<>();
        SegmentDefinition type = classify(f, p, reasons, window);
        return type.assign(reasons, components(f));
    }

    private static SegmentDefinition classify(NeedsFigures f, Parameters p, List<String> reasons, Lookback window) {
        int minOrders = p.integer(MIN_ORDERS);
        if (f.orders() < minOrders) {
            reasons.add((f.orders() == 0 ? "no orders" : plural(f.orders(), "order")) + window.describe()
                    + ": " + minOrders + " needed to read a need");
            return UNCLASSIFIED;
        }
        double priceShare = p.decimal(PRICE_DISCOUNT_SHARE);
        boolean price = f.discountShare() >= priceShare;
        reasons.add(f.discountedOrders() + " of " + plural(f.orders(), "order") + window.describe()
                + " had a discount (share " + decimal(f.discountShare()) + "), " + (price ? "at or above" : "below")
                + " " + decimal(priceShare));
        if (price) {
            return PRICE_SENSITIVE;
        }
        double serviceRate = p.decimal(SERVICE_CONTACTS_PER_ORDER);
        boolean service = f.contactsPerOrder() >= serviceRate;
        reasons.add(plural(f.serviceContacts(), "service contact") + " for " + plural(f.orders(), "order")
                + " (" + decimal(f.contactsPerOrder()) + " per order), " + (service ? "at or above" : "below") + " "
                + decimal(serviceRate));
        if (service) {
            return SERVICE_DEPENDENT;
        }
        int loyalOrders = p.integer(LOYAL_ORDERS);
        int recency = p.integer(LOYAL_RECENCY_DAYS);
        boolean repeat = f.orders() >= loyalOrders;
        boolean recent = recency == 0 || f.daysSinceLastOrder() <= recency;
        reasons.add(plural(f.orders(), "order") + ", last order " + plural(f.daysSinceLastOrder(), "day") + " ago: "
                + (repeat && recent ? "a" : "not a") + " loyal repeat buyer (from " + loyalOrders + " orders"
                + (recency == 0 ? "" : ", the last within " + recency + " days") + ")");
        if (repeat && recent) {
            return LOYAL;
        }
        reasons.add("no distinctive need");
        return UNCLASSIFIED;
    }

    private static List<Component> components(NeedsFigures f) {
        List<Component> components = new ArrayList<>();
        components.add(new Component("orders", f.orders(), "orders in the window"));
        components.add(new Component("discountedOrders", f.discountedOrders(), "orders with a discount above 0"));
        components.add(new Component("serviceContacts", f.serviceContacts(),
                "inquiries, requests and complaints opened in the window"));
        if (f.orders() > 0) {
            components.add(new Component("discountShare", f.discountShare(), "discounted orders / orders"));
            components.add(new Component("contactsPerOrder", f.contactsPerOrder(), "service contacts / orders"));
            components.add(new Component("daysSinceLastOrder", f.daysSinceLastOrder(),
                    "UTC days from the last order to the as-of date"));
        }
        return components;
    }
}
