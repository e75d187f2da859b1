package io.customerlens.tck;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.Engagement;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.MembershipSpan;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.Profile;
import io.customerlens.sdk.ServiceInteraction;
import io.customerlens.sdk.SurveyResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The customers the kit scores: edge cases every model must answer without failing, and a seeded sample
 * population. All data is valid as the server accepts it: NPS 0-10, CSAT 1-5, CES 1-7, dimension ratings here
 * 1-7 (inside both the 1-7 and the 1-10 conventions of the bundled survey models), amounts 0 or more.
 */
public final class KitCustomers {

    private static final long MEMBERSHIP_STREAM = 0x6d656d62L;

    private static final String[] DIMENSIONS = {"acsi_overall", "acsi_expectations", "acsi_ideal",
            "reliability_e1", "reliability_p1", "responsiveness_e1", "responsiveness_p1", "quality", "value"};

    private KitCustomers() {
    }

    /**
     * @param asOf the evaluation date
     * @return customers at the edges of what the store holds, each id naming the case
     */
    public static List<CustomerSnapshot> edgeCases(LocalDate asOf) {
        Instant now = asOf.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(12));
        List<CustomerSnapshot> customers = new ArrayList<>();
        customers.add(CustomerSnapshot.builder("edge-nothing-known").build());
        customers.add(CustomerSnapshot.builder("edge-joined-on-asof").joinedOn(asOf).build());
        customers.add(CustomerSnapshot.builder("edge-one-order-today").joinedOn(asOf)
                .order(new OrderRecord(now, 25, 1, 0, "web")).build());
        customers.add(CustomerSnapshot.builder("edge-free-order").joinedOn(asOf.minusYears(1))
                .order(new OrderRecord(now.minus(Duration.ofDays(40)), 0, 0, 0, null)).build());
        customers.add(CustomerSnapshot.builder("edge-same-instant-orders").joinedOn(asOf.minusDays(10))
                .order(new OrderRecord(now.minus(Duration.ofDays(3)), 10, 1, 0, "store"))
                .order(new OrderRecord(now.minus(Duration.ofDays(3)), 10, 1, 0, "store"))
                .order(new OrderRecord(now.minus(Duration.ofDays(3)), 10, 1, 0, "store")).build());
        customers.add(CustomerSnapshot.builder("edge-orders-after-asof").joinedOn(asOf.minusYears(2))
                .order(new OrderRecord(now.minus(Duration.ofDays(300)), 80, 2, 5, "web"))
                .order(new OrderRecord(now.plus(Duration.ofDays(30)), 120, 3, 0, "web")).build());
        customers.add(bigSpender(asOf, now));
        customers.add(CustomerSnapshot.builder("edge-lapsed-decade").joinedOn(asOf.minusYears(12))
                .order(new OrderRecord(now.minus(Duration.ofDays(3650)), 15, 1, 0, "phone")).build());
        customers.add(CustomerSnapshot.builder("edge-survey-extremes").joinedOn(asOf.minusYears(1))
                .survey(new SurveyResponse(now.minus(Duration.ofDays(20)), 0, 1, 7, ratings(1)))
                .survey(new SurveyResponse(now.minus(Duration.ofDays(10)), 10, 5, 1, ratings(7))).build());
        customers.add(CustomerSnapshot.builder("edge-survey-sparse").joinedOn(asOf.minusYears(1))
                .survey(new SurveyResponse(now.minus(Duration.ofDays(5)), null, null, 4, Map.of()))
                .survey(new SurveyResponse(now.minus(Duration.ofDays(4)), 7, null, null, Map.of("acsi_overall", 4.0)))
                .build());
        customers.add(CustomerSnapshot.builder("edge-survey-after-asof").joinedOn(asOf.minusYears(1))
                .survey(new SurveyResponse(now.plus(Duration.ofDays(5)), 9, 4, 2, ratings(5))).build());
        customers.add(CustomerSnapshot.builder("edge-service-trouble").joinedOn(asOf.minusYears(1))
                .order(new OrderRecord(now.minus(Duration.ofDays(60)), 40, 1, 0, "web"))
                .interaction(new ServiceInteraction(now.minus(Duration.ofDays(30)), null, "phone",
                        InteractionKind.COMPLAINT, InteractionOutcome.OPEN))
                .interaction(new ServiceInteraction(now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(20)),
                        "email", InteractionKind.COMPLAINT, InteractionOutcome.RESOLVED))
                .interaction(new ServiceInteraction(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(2)),
                        "chat", InteractionKind.REQUEST, InteractionOutcome.ESCALATED))
                .interaction(new ServiceInteraction(now.minus(Duration.ofDays(1)), now,
                        "chat", InteractionKind.INQUIRY, InteractionOutcome.UNRESOLVED)).build());
        customers.add(CustomerSnapshot.builder("edge-member-no-orders")
                .profile(new Profile("edge-member-no-orders", "EU-West", "referral", asOf.minusYears(3), "gold",
                        1_000_000, Set.of("vip", "beta"), new Engagement(50, 200, 1000))).build());
        return List.copyOf(customers);
    }

    private static CustomerSnapshot bigSpender(LocalDate asOf, Instant now) {
        CustomerSnapshot.Builder builder = CustomerSnapshot.builder("edge-big-spender")
                .profile(new Profile("edge-big-spender", "US-East", "web", asOf.minusYears(10), "platinum",
                        5_000_000, Set.of(), new Engagement(3, 40, 12)));
        for (int i = 0; i < 600; i++) {
            builder.order(new OrderRecord(now.minus(Duration.ofDays(6L * i)), 10_000, 40, 250, "web"));
        }
        return builder.build();
    }

    /**
     * Half the sample has a membership with dates, begun in the last five years; about a third of those ended. From a
     * stream of its own, so the rest of the sample is what it was before memberships had dates.
     */
    private static MembershipSpan membership(Random random, LocalDate asOf) {
        if (random.nextBoolean()) {
            return null;
        }
        LocalDate started = asOf.minusDays(random.nextInt(5 * 365));
        long days = ChronoUnit.DAYS.between(started, asOf);
        return new MembershipSpan(started, random.nextInt(3) == 0 ? started.plusDays((long) (random.nextDouble() * days))
                : null);
    }

    private static Map<String, Double> ratings(double value) {
        Map<String, Double> ratings = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            ratings.put(dimension, value);
        }
        return ratings;
    }

    /**
     * A seeded, varied population: about a third never ordered, the rest with one to a few dozen orders over the
     * last three years, some with surveys and service interactions.
     *
     * @param size number of customers
     * @param asOf the evaluation date
     * @param seed random seed
     * @return the customers, ids {@code sample-0..}
     */
    public static List<CustomerSnapshot> sample(int size, LocalDate asOf, long seed) {
        Random random = new Random(seed);
        Random memberships = new Random(seed ^ MEMBERSHIP_STREAM);
        Instant end = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<CustomerSnapshot> customers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int tenureDays = 1 + random.nextInt(3 * 365);
            Instant joined = end.minus(Duration.ofDays(tenureDays));
            CustomerSnapshot.Builder builder = CustomerSnapshot.builder("sample-" + i)
                    .profile(new Profile("sample-" + i, random.nextBoolean() ? "EU-West" : "US-East", "web",
                            asOf.minusDays(tenureDays), random.nextInt(4) == 0 ? "gold" : null,
                            random.nextInt(5000), Set.of(),
                            new Engagement(random.nextInt(3), random.nextInt(10), random.nextInt(20)),
                            membership(memberships, asOf)));
            int orders = random.nextInt(3) == 0 ? 0 : 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 4);
            for (int k = 0; k < orders; k++) {
                Instant at = joined.plusSeconds((long) (random.nextDouble() * tenureDays * 86_400L));
                double amount = Math.round(Math.exp(3 + random.nextGaussian() * 0.8) * 100) / 100.0;
                builder.order(new OrderRecord(at, amount, 1 + random.nextInt(5), 0, "web"));
            }
            if (random.nextInt(3) == 0) {
                Instant at = joined.plusSeconds((long) (random.nextDouble() * tenureDays * 86_400L));
                Map<String, Double> ratings = new LinkedHashMap<>();
                for (String dimension : DIMENSIONS) {
                    ratings.put(dimension, (double) (1 + random.nextInt(7)));
                }
                builder.survey(new SurveyResponse(at, random.nextInt(11), 1 + random.nextInt(5), 1 + random.nextInt(7),
                        ratings));
            }
            if (random.nextInt(4) == 0) {
                Instant at = joined.plusSeconds((long) (random.nextDouble() * tenureDays * 86_400L));
                InteractionOutcome outcome = InteractionOutcome.values()[random.nextInt(4)];
                builder.interaction(new ServiceInteraction(at, outcome == InteractionOutcome.OPEN ? null
                        : at.plus(Duration.ofHours(1 + random.nextInt(200))), "email",
                        InteractionKind.values()[random.nextInt(4)], outcome));
            }
            customers.add(builder.build());
        }
        return List.copyOf(customers);
    }
}
