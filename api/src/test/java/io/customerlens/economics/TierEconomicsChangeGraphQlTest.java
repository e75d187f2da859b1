package io.customerlens.economics;

import static io.customerlens.economics.TierEconomicsGraphQlTest.assertFigures;
import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.ResponseError;

/**
 * The change in tier economics between two value-tier snapshots, on four customers whose stored tiers are set by
 * hand: `from` started 2025-03-01, `to` 2025-06-01, so the default windows are the 92 days before each start.
 */
class TierEconomicsChangeGraphQlTest extends IntegrationTest {

    private static final Instant FROM_START = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant TO_START = Instant.parse("2025-06-01T00:00:00Z");
    private static final String GROUP = "movement customers from { code } to { code } marginChangePerCustomer "
            + "before { customers revenue revenueShare orders meanOrderValue buyers repeatPurchaseRate interactions "
            + "serviceCost interactionCost costToServe grossProfit margin roi } "
            + "after { customers revenue revenueShare orders meanOrderValue buyers repeatPurchaseRate interactions "
            + "serviceCost interactionCost costToServe grossProfit margin roi }";

    private String customer(String externalId) {
        return fixtures.customer(externalId, LocalDate.parse("2024-06-01"));
    }

    private String snapshot() throws InterruptedException {
        String id = null;
        // a snapshot an earlier test started may still be running: one runs at a time
        for (int attempt = 0; id == null; attempt++) {
            List<ResponseError> errors = new ArrayList<>();
            var started = graphQl.document("mutation { startSnapshot(input: {models: [{model: \"value-tier\"}]}) { id } }")
                    .execute();
            started.errors().satisfy(errors::addAll);
            if (errors.isEmpty()) {
                id = started.path("startSnapshot.id").entity(String.class).get();
            } else {
                assertThat(errors.get(0).getMessage()).contains("one snapshot runs at a time");
                assertThat(attempt).isLessThan(400);
                Thread.sleep(50);
            }
        }
        for (int attempt = 0; attempt < 400; attempt++) {
            String state = graphQl.document("query($id: ID!) { snapshot(id: $id) { state } }").variable("id", id).execute()
                    .path("snapshot.state").entity(String.class).get();
            if (!state.equals("RUNNING")) {
                assertThat(state).isEqualTo("COMPLETED");
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("snapshot " + id + " did not finish");
    }

    /** Stores the tier a snapshot gives the customer, and moves the snapshot's start. */
    private void tier(String snapshot, Instant startedAt, String customer, String code, String label, int rank) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(snapshot))),
                new Update().set("startedAt", startedAt), "snapshots");
        long changed = mongo.updateFirst(Query.query(Criteria.where("snapshotId").is(snapshot).and("customerId").is(customer)),
                new Update().set("segment", code).set("label", label).set("rank", rank), "scores").getMatchedCount();
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void groupsByMovementAndSegmentPairWithHandComputedFigures() throws InterruptedException {
        String d1 = customer("D1");
        String d2 = customer("D2");
        String d3 = customer("D3");
        String d4 = customer("D4");
        fixtures.order(d1, Instant.parse("2025-01-10T10:00:00Z"), 40);
        fixtures.order(d1, Instant.parse("2025-04-10T10:00:00Z"), 200);
        fixtures.order(d1, Instant.parse("2025-05-10T10:00:00Z"), 100);
        fixtures.order(d2, Instant.parse("2025-02-01T10:00:00Z"), 80);
        fixtures.order(d2, Instant.parse("2025-04-01T10:00:00Z"), 90);
        fixtures.order(d3, Instant.parse("2024-12-15T10:00:00Z"), 300);
        fixtures.order(d3, Instant.parse("2025-02-15T10:00:00Z"), 100);
        fixtures.order(d4, Instant.parse("2025-02-15T10:00:00Z"), 10);
        new TierEconomicsGraphQlTest.Interactions(graphQl).record(d2, Instant.parse("2025-04-02T10:00:00Z"));
        new TierEconomicsGraphQlTest.Interactions(graphQl).record(d3, Instant.parse("2025-02-20T10:00:00Z"));
        graphQl.document(TierEconomicsGraphQlTest.SET_COSTS).variable("input", TierEconomicsGraphQlTest.COSTS).execute()
                .path("setServiceCosts.model").hasValue();
        String from = snapshot();
        String to = snapshot();
        // D1 basic -> vip (up), D2 extended -> extended (stayed), D3 vip -> extended (down), D4 only in from
        tier(from, FROM_START, d1, "basic", "Basic", 3);
        tier(from, FROM_START, d2, "extended", "Extended", 2);
        tier(from, FROM_START, d3, "vip", "VIP", 1);
        tier(to, TO_START, d1, "vip", "VIP", 1);
        tier(to, TO_START, d2, "extended", "Extended", 2);
        tier(to, TO_START, d3, "extended", "Extended", 2);
        mongo.remove(Query.query(Criteria.where("snapshotId").is(to).and("customerId").is(d4)), "scores");

        var response = graphQl.document("query($from: ID!, $to: ID!) { tierEconomicsChange(model: \"value-tier\", from: $from, to: $to) {"
                        + " before { from to days } after { from days } inBoth onlyInFrom onlyInTo"
                        + " byMovement { " + GROUP + " } bySegmentPair { " + GROUP + " } } }")
                .variable("from", from).variable("to", to).execute();
        response.path("tierEconomicsChange.before.days").entity(Integer.class).isEqualTo(92)
                .path("tierEconomicsChange.before.from").entity(String.class).isEqualTo("2024-11-29T00:00:00.000Z")
                .path("tierEconomicsChange.after.from").entity(String.class).isEqualTo("2025-03-01T00:00:00.000Z")
                .path("tierEconomicsChange.inBoth").entity(Integer.class).isEqualTo(3)
                .path("tierEconomicsChange.onlyInFrom").entity(Integer.class).isEqualTo(1)
                .path("tierEconomicsChange.onlyInTo").entity(Integer.class).isEqualTo(0)
                .path("tierEconomicsChange.byMovement[*].movement").entityList(String.class).containsExactly("UP", "STAYED", "DOWN")
                .path("tierEconomicsChange.bySegmentPair[*].from.code").entityList(String.class).containsExactly("vip", "extended", "basic")
                .path("tierEconomicsChange.bySegmentPair[*].to.code").entityList(String.class).containsExactly("extended", "extended", "vip");
        // a year's cost over 92 days: vip 120·92/365 = 30.25, extended 40·92/365 = 10.08, basic 10·92/365 = 2.52 (cents)
        // before revenue 40 + 80 + 400 = 520; after 300 + 90 + 0 = 390
        // UP (D1): before 40, basic cost 2.52, gross 20, margin 17.48; after 300 in 2 orders, vip 30.25, gross 150, margin 119.75
        var up = response.path("tierEconomicsChange.byMovement[0]").entity(Map.class).get();
        assertFigures((Map<?, ?>) up.get("before"), 1, 40, 40.0 / 520, 1, 40.0, 1, 0.0, 0, 2.52, 0, 2.52, 20, 17.48, 17.48 / 2.52);
        assertFigures((Map<?, ?>) up.get("after"), 1, 300, 300.0 / 390, 2, 150.0, 1, 1.0, 0, 30.25, 0, 30.25, 150, 119.75, 119.75 / 30.25);
        assertThat(((Number) up.get("marginChangePerCustomer")).doubleValue()).isCloseTo(102.27, org.assertj.core.api.Assertions.within(1e-9));
        // STAYED (D2): before 80, cost 10.08, margin 29.92; after 90 and one interaction, cost 10.08 + 5, margin 29.92
        var stayed = response.path("tierEconomicsChange.byMovement[1]").entity(Map.class).get();
        assertFigures((Map<?, ?>) stayed.get("before"), 1, 80, 80.0 / 520, 1, 80.0, 1, 0.0, 0, 10.08, 0, 10.08, 40, 29.92, 29.92 / 10.08);
        assertFigures((Map<?, ?>) stayed.get("after"), 1, 90, 90.0 / 390, 1, 90.0, 1, 0.0, 1, 10.08, 5, 15.08, 45, 29.92, 29.92 / 15.08);
        // DOWN (D3): before 300 + 100 and one interaction, vip 30.25 + 5, gross 200, margin 164.75; after nothing, extended 10.08
        var down = response.path("tierEconomicsChange.byMovement[2]").entity(Map.class).get();
        assertFigures((Map<?, ?>) down.get("before"), 1, 400, 400.0 / 520, 2, 200.0, 1, 1.0, 1, 30.25, 5, 35.25, 200, 164.75, 164.75 / 35.25);
        assertFigures((Map<?, ?>) down.get("after"), 1, 0, 0.0, 0, null, 0, null, 0, 10.08, 0, 10.08, 0, -10.08, -1.0);
        assertThat(((Number) down.get("marginChangePerCustomer")).doubleValue()).isCloseTo(-174.83, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void snapshotsInTheWrongOrderAreRefused() throws InterruptedException {
        customer("D1");
        String first = snapshot();
        String second = snapshot();
        graphQl.document("""
                query($from: ID!, $to: ID!) {
                  tierEconomicsChange(model: "value-tier", from: $from, to: $to) { inBoth }
                }
                """)
                .variable("from", second).variable("to", first).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).startsWith("to: must have started after from"));
        // both started at the same (fixed) instant: neither comes after the other
        graphQl.document("""
                query($from: ID!, $to: ID!) {
                  tierEconomicsChange(model: "value-tier", from: $from, to: $to) { inBoth }
                }
                """)
                .variable("from", first).variable("to", second).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).startsWith("to: must have started after from"));
        graphQl.document("""
                query($from: ID!, $to: ID!) {
                  tierEconomicsChange(model: "nps", from: $from, to: $to) { inBoth }
                }
                """)
                .variable("from", first).variable("to", second).execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                        .isEqualTo("model: 'nps' is a satisfaction model; tierEconomicsChange needs a segmentation model"));
    }
}
