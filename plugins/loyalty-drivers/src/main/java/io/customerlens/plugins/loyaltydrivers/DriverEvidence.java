package io.customerlens.plugins.loyaltydrivers;

import static io.customerlens.plugins.support.Wording.plural;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.ServiceInteraction;
import io.customerlens.sdk.SurveyResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Works out each driver's value from the customer's data in the window: the latest survey rating of the driver's
 * dimension, or else (when fallbacks are on) a behavioural proxy; a driver with neither is left out.
 */
final class DriverEvidence {

    /** Order channels that count as digital for the technology fallback (compared without case). */
    static final Set<String> DIGITAL_CHANNELS = Set.of("web", "mobile", "app");

    private DriverEvidence() {
    }

    /**
     * @return the value of every driver that has one, in driver order
     * @throws IllegalArgumentException if a driver rating lies outside 0-10 or an NPS outside 0-10
     */
    static Map<Driver, DriverValue> values(CustomerSnapshot customer, Lookback window, boolean fallback) {
        List<SurveyResponse> surveys = window.filter(customer.surveys(), SurveyResponse::answeredAt);
        List<OrderRecord> orders = window.filter(customer.orders(), OrderRecord::orderedAt);
        List<ServiceInteraction> contacts = window.filter(customer.interactions(), ServiceInteraction::openedAt);
        Map<Driver, DriverValue> values = new EnumMap<>(Driver.class);
        for (Driver driver : Driver.values()) {
            Double rating = latestRating(surveys, driver);
            if (rating != null) {
                values.put(driver, new DriverValue(driver, rating * 10, "survey rating " + rating + " of 10"));
            } else if (fallback) {
                DriverValue proxy = fallback(driver, orders, contacts, surveys);
                if (proxy != null) {
                    values.put(driver, proxy);
                }
            }
        }
        return values;
    }

    private static DriverValue fallback(Driver driver, List<OrderRecord> orders, List<ServiceInteraction> contacts,
                                        List<SurveyResponse> surveys) {
        int n = orders.size();
        return switch (driver) {
            case PRODUCT_QUALITY -> {
                long complaints = contacts.stream().filter(c -> c.kind() == InteractionKind.COMPLAINT).count();
                yield n == 0 ? null : new DriverValue(driver, 100 * (1 - Math.min(1, complaints / (double) n)),
                        "fallback: " + plural(complaints, "complaint") + " for " + plural(n, "order"));
            }
            case PERCEIVED_VALUE -> {
                long fullPrice = orders.stream().filter(o -> o.discount() <= 0).count();
                yield n == 0 ? null : new DriverValue(driver, 100.0 * fullPrice / n,
                        "fallback: " + fullPrice + " of " + plural(n, "order") + " at full price");
            }
            case BRAND_IMAGE -> {
                Integer nps = latestNps(surveys);
                yield nps == null ? null : new DriverValue(driver, nps * 10.0,
                        "fallback: latest recommendation (NPS) answer " + nps + " of 10");
            }
            case RELATIONSHIP_MANAGEMENT -> {
                long closed = contacts.stream().filter(c -> c.outcome() != InteractionOutcome.OPEN).count();
                long resolved = contacts.stream().filter(c -> c.outcome() == InteractionOutcome.RESOLVED).count();
                yield closed == 0 ? null : new DriverValue(driver, 100.0 * resolved / closed,
                        "fallback: " + resolved + " of " + plural(closed, "closed service contact") + " resolved");
            }
            case ENVIRONMENT -> null;
            case TECHNOLOGY -> {
                long digital = orders.stream().filter(o -> o.channel() != null
                        && DIGITAL_CHANNELS.contains(o.channel().toLowerCase(Locale.ROOT))).count();
                yield n == 0 ? null : new DriverValue(driver, 100.0 * digital / n,
                        "fallback: " + digital + " of " + plural(n, "order") + " through web, mobile or app");
            }
        };
    }

    private static Double latestRating(List<SurveyResponse> surveys, Driver driver) {
        Double latest = null;
        for (SurveyResponse survey : surveys) {
            Double rating = survey.dimensions().get(driver.key);
            if (rating != null) {
                if (!(rating >= 0 && rating <= 10)) {
                    throw new IllegalArgumentException(driver.key + " answer " + rating + " is outside 0-10");
                }
                latest = rating;
            }
        }
        return latest;
    }

    private static Integer latestNps(List<SurveyResponse> surveys) {
        Integer latest = null;
        for (SurveyResponse survey : surveys) {
            if (survey.nps() != null) {
                if (survey.nps() < 0 || survey.nps() > 10) {
                    throw new IllegalArgumentException("NPS answer " + survey.nps() + " is outside 0-10");
                }
                latest = survey.nps();
            }
        }
        return latest;
    }
}
