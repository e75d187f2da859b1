package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.KanoAnswer;
import io.customerlens.customer.KanoResponse;
import io.customerlens.customer.Membership;
import io.customerlens.customer.Order;
import io.customerlens.customer.OrderTotals;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.Engagement;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bson.types.ObjectId;

/**
 * Generates customers whose behaviour follows the shapes scoring models expect in real data: each customer
 * has a latent purchase rate (gamma distributed across customers) and a latent lifetime after which they stop
 * buying (the "buy till you die" pattern), a personal spend level (log-normal), and a latent satisfaction
 * that drives their survey answers and complaints. Everything comes from one seed, so a given seed and
 * date always give the same population.
 */
final class SampleDataGenerator {

    private static final String[] FIRST = {"Ava", "Ben", "Chloe", "Daniel", "Emma", "Felix", "Grace", "Hugo", "Isla",
            "Jonas", "Kira", "Liam", "Mia", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera",
            "Wen", "Xavier", "Yara", "Zoe"};
    private static final String[] LAST = {"Andersen", "Brown", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Huang",
            "Ivanova", "Jensen", "Kowalski", "Lopez", "Müller", "Nakamura", "O'Brien", "Patel", "Rossi", "Schmidt",
            "Tanaka", "Novak", "Weber", "Yilmaz"};
    private static final String[] REGIONS = {"EU-West", "EU-North", "EU-South", "US-East", "US-West", "APAC"};
    private static final String[] CHANNELS = {"web", "web", "mobile", "store", "partner"};
    private static final String[] TAGS = {"newsletter", "b2b", "student", "app-user", "event-guest"};
    private static final String[] SERVQUAL_DIMENSIONS = {"tangibles", "reliability", "responsiveness", "assurance",
            "empathy"};
    /** 0-10 ratings read by the four-dimension satisfaction and driver-index loyalty models. */
    private static final String[] FOUR_DIMENSIONS = {"product_quality", "price", "service", "convenience"};
    private static final String[] LOYALTY_DRIVERS = {"perceived_value", "brand_image", "relationship_management",
            "environment", "technology"};

    /**
     * Kano answers on four service attributes, each built to fall in one category: same-day delivery delights
     * (attractive), free returns count the more the better (performance), a secure checkout is taken for granted
     * (must-be), gift wrapping makes no difference (indifferent). One answer in five is random.
     */
    private static final List<KanoAnswer> KANO_TYPICAL = List.of(
            new KanoAnswer("same-day-delivery", KanoResponse.LIKE, KanoResponse.NEUTRAL),
            new KanoAnswer("free-returns", KanoResponse.LIKE, KanoResponse.DISLIKE),
            new KanoAnswer("secure-checkout", KanoResponse.MUST_BE, KanoResponse.DISLIKE),
            new KanoAnswer("gift-wrapping", KanoResponse.NEUTRAL, KanoResponse.NEUTRAL));
    /** Mixed into the seed for the Kano answers' own stream, so that adding them moved no other sample figure. */
    private static final long MEMBERSHIP_STREAM = 0x6d656d62657273L;
    private static final long KANO_STREAM = 0x4b616e6fL;

    private final SplittableRandom random;
    private final SplittableRandom kanoRandom;
    private final SplittableRandom membershipRandom;
    private final double orderRate;
    private final LocalDate today;
    private final Instant now;

    SampleDataGenerator(long seed, LocalDate today) {
        this(seed, today, 1);
    }

    /** @param orderRate multiplies every customer's purchase rate */
    SampleDataGenerator(long seed, LocalDate today, double orderRate) {
        if (!(orderRate > 0)) {
            throw new IllegalArgumentException("customerlens.sample-data.order-rate must be above 0, got " + orderRate);
        }
        this.orderRate = orderRate;
        this.random = new SplittableRandom(seed);
        this.kanoRandom = new SplittableRandom(seed ^ KANO_STREAM);
        this.membershipRandom = new SplittableRandom(seed ^ MEMBERSHIP_STREAM);
        this.today = today;
        this.now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    SamplePopulation generate(int count) {
        List<Customer> customers = new ArrayList<>(count);
        List<Order> orders = new ArrayList<>();
        List<Survey> surveys = new ArrayList<>();
        List<Interaction> interactions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = new ObjectId().toHexString();
            LocalDate joined = today.minusDays(random.nextInt(30, 3 * 365));
            double satisfaction = beta(4, 2);
            List<Order> own = orders(id, joined, i);
            orders.addAll(own);
            surveys.addAll(surveys(id, joined, satisfaction));
            interactions.addAll(interactions(id, joined, satisfaction));
            customers.add(customer(id, i, joined, own));
        }
        return new SamplePopulation(customers, orders, surveys, interactions);
    }

    private Customer customer(String id, int n, LocalDate joined, List<Order> own) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String email = (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + n + "@example.com";
        String phone = "+44 20 7" + String.format("%03d %04d", random.nextInt(1000), random.nextInt(10000));
        Membership membership = random.nextDouble() < 0.5 ? null
                : dated(new Membership(pick(new String[] {"silver", "silver", "gold", "platinum"}), random.nextInt(0, 20_000)),
                joined);
        List<String> tags = new ArrayList<>();
        for (String tag : TAGS) {
            if (random.nextDouble() < 0.2) {
                tags.add(tag);
            }
        }
        // A few accounts with a contract, which the relationship type reads as strategic.
        if (random.nextDouble() < 0.04) {
            tags.add(random.nextDouble() < 0.5 ? "contract" : "key-account");
        }
        BigDecimal total = own.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        OrderTotals summary = own.isEmpty() ? OrderTotals.NONE : new OrderTotals(own.size(), total,
                own.get(0).orderedAt(), own.get(own.size() - 1).orderedAt());
        Instant created = joined.atStartOfDay(ZoneOffset.UTC).toInstant();
        Engagement engagement = new Engagement(poisson(0.3), poisson(0.5), random.nextDouble() < 0.1 ? poisson(4) : 0);
        return new Customer(id, String.format("C%06d", n), first + " " + last, email, phone, pick(REGIONS),
                pick(CHANNELS), joined, membership, tags, engagement, summary, own.size(), created, now);
    }

    /** Purchases as a Poisson process at a gamma-distributed rate, until an exponential lifetime ends. */
    private List<Order> orders(String customerId, LocalDate joined, int n) {
        double perYear = gamma(1.3, 3.5) * orderRate;
        double lifetimeDays = -Math.log(1 - random.nextDouble()) * 500;
        double spendLevel = Math.exp(3.6 + 0.55 * gaussian());
        // How often this customer waits for a discount: most rarely, some mostly (price-sensitive buyers).
        double dealProneness = beta(1.2, 3);
        Instant start = joined.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = earlier(start.plus(Duration.ofSeconds((long) (lifetimeDays * 86_400))), now);
        List<Order> orders = new ArrayList<>();
        Instant at = start.plusSeconds(random.nextLong(1, 3 * 86_400));
        while (perYear > 0 && at.isBefore(end)) {
            double amount = Math.max(1, spendLevel * Math.exp(0.35 * gaussian()));
            BigDecimal paid = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
            BigDecimal discount = random.nextDouble() < dealProneness
                    ? paid.multiply(BigDecimal.valueOf(0.1)).setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
            orders.add(new Order(new ObjectId().toHexString(), customerId, "O" + n + "-" + (orders.size() + 1), at,
                    paid, 1 + random.nextInt(4), discount, pick(CHANNELS), now));
            double gapDays = -Math.log(1 - random.nextDouble()) * 365 / perYear;
            at = at.plus(Duration.ofSeconds((long) (gapDays * 86_400) + 3600));
        }
        return orders;
    }

    private List<Survey> surveys(String customerId, LocalDate joined, double satisfaction) {
        List<Survey> surveys = new ArrayList<>();
        int answers = random.nextDouble() < 0.75 ? 1 + random.nextInt(4) : 0;
        for (int i = 0; i < answers; i++) {
            double mood = clamp(satisfaction + 0.12 * gaussian(), 0, 1);
            Integer nps = (int) Math.round(mood * 10);
            Integer csat = random.nextDouble() < 0.8 ? 1 + (int) Math.round(mood * 4) : null;
            Integer ces = random.nextDouble() < 0.5 ? 1 + (int) Math.round(clamp(mood + 0.1 * gaussian(), 0, 1) * 6) : null;
            Map<String, Double> dimensions = new HashMap<>();
            if (random.nextDouble() < 0.3) {
                servqual(dimensions, mood);
            }
            if (random.nextDouble() < 0.3) {
                acsi(dimensions, mood);
            }
            if (random.nextDouble() < 0.35) {
                ratings(dimensions, mood, FOUR_DIMENSIONS);
            }
            if (random.nextDouble() < 0.25) {
                ratings(dimensions, mood, LOYALTY_DRIVERS);
            }
            List<KanoAnswer> kano = kanoRandom.nextDouble() < 0.3 ? kanoAnswers() : List.of();
            surveys.add(new Survey(new ObjectId().toHexString(), customerId, between(joined), nps, csat, ces,
                    dimensions, null, now, kano, null));
        }
        return surveys;
    }

    /**
     * The membership with its dates: begun within a year of joining, renewed every year with a churn probability
     * of the member's own, drawn uniformly from 0-40 % (so the population's retention rises with tenure, as the
     * shifted-beta-geometric model expects). From a stream of its own, so the rest of the sample does not move.
     */
    private Membership dated(Membership membership, LocalDate joined) {
        LocalDate started = joined.plusDays(membershipRandom.nextInt(0, 365));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (started.isAfter(today)) {
            started = today;
        }
        double churn = membershipRandom.nextDouble() * 0.4;
        LocalDate ended = null;
        for (LocalDate renewal = started.plusYears(1); !renewal.isAfter(today) && ended == null;
             renewal = renewal.plusYears(1)) {
            if (membershipRandom.nextDouble() < churn) {
                ended = renewal.minusDays(1);
            }
        }
        return new Membership(membership.level(), membership.points(), started, ended);
    }

    private List<KanoAnswer> kanoAnswers() {
        KanoResponse[] responses = KanoResponse.values();
        return KANO_TYPICAL.stream().map(typical -> new KanoAnswer(typical.attribute(),
                kanoRandom.nextDouble() < 0.2 ? responses[kanoRandom.nextInt(responses.length)] : typical.functional(),
                kanoRandom.nextDouble() < 0.2 ? responses[kanoRandom.nextInt(responses.length)] : typical.dysfunctional()))
                .toList();
    }

    /** One SERVQUAL item per dimension: expectation (1-7, high) and perception (1-7, following the mood). */
    private void servqual(Map<String, Double> answers, double mood) {
        for (String dimension : SERVQUAL_DIMENSIONS) {
            answers.put(dimension + "_e1", (double) (5 + random.nextInt(3)));
            answers.put(dimension + "_p1", (double) (1 + Math.round(clamp(mood + 0.15 * gaussian(), 0, 1) * 6)));
        }
    }

    /** The three ACSI questions on 1-10, following the mood. */
    private void acsi(Map<String, Double> answers, double mood) {
        for (String item : new String[] {"acsi_overall", "acsi_expectations", "acsi_ideal"}) {
            answers.put(item, (double) (1 + Math.round(clamp(mood + 0.1 * gaussian(), 0, 1) * 9)));
        }
    }

    /** Ratings on 0-10, each following the mood with its own noise. */
    private void ratings(Map<String, Double> answers, double mood, String[] names) {
        for (String name : names) {
            answers.put(name, (double) Math.round(clamp(mood + 0.15 * gaussian(), 0, 1) * 10));
        }
    }

    private List<Interaction> interactions(String customerId, LocalDate joined, double satisfaction) {
        List<Interaction> interactions = new ArrayList<>();
        int contacts = poisson(0.4 + 2.0 * (1 - satisfaction));
        for (int i = 0; i < contacts; i++) {
            Instant opened = between(joined);
            InteractionKind kind = random.nextDouble() < 0.6 * (1 - satisfaction) + 0.1 ? InteractionKind.COMPLAINT
                    : pick(new InteractionKind[] {InteractionKind.INQUIRY, InteractionKind.REQUEST, InteractionKind.FEEDBACK});
            Instant resolved = opened.plus(Duration.ofMinutes((long) (gamma(1.2, 1) * 60 * 12)));
            InteractionOutcome outcome;
            if (resolved.isAfter(now)) {
                outcome = InteractionOutcome.OPEN;
                resolved = null;
            } else {
                double roll = random.nextDouble();
                outcome = roll < 0.8 ? InteractionOutcome.RESOLVED
                        : roll < 0.9 ? InteractionOutcome.ESCALATED : InteractionOutcome.UNRESOLVED;
            }
            interactions.add(new Interaction(new ObjectId().toHexString(), customerId, opened, resolved,
                    pick(new String[] {"phone", "email", "chat"}), kind, outcome, kind.name().toLowerCase(), now));
        }
        return interactions;
    }

    private Instant between(LocalDate joined) {
        long from = joined.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = now.getEpochSecond();
        return Instant.ofEpochSecond(from + random.nextLong(Math.max(1, to - from)));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private double gaussian() {
        // Box-Muller from the seeded stream, so results do not depend on java.util.Random internals
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Marsaglia and Tsang's gamma sampler (shape >= 1 directly; boosted below 1). */
    private double gamma(double shape, double scale) {
        if (shape < 1) {
            return gamma(shape + 1, scale) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = gaussian(), v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(1 - random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * scale;
            }
        }
    }

    private double beta(double a, double b) {
        double x = gamma(a, 1);
        return x / (x + gamma(b, 1));
    }

    private int poisson(double mean) {
        int k = 0;
        double p = Math.exp(-mean), sum = p, u = random.nextDouble();
        while (u > sum && k < 100) {
            k++;
            p *= mean / k;
            sum += p;
        }
        return k;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
