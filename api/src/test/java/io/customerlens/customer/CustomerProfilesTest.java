package io.customerlens.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.sdk.Engagement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one profile write path: an update sets every given field as given; an import sets only what differs from the
 * stored customer and merges membership and engagement into what is stored.
 */
class CustomerProfilesTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void aNewCustomerJoinsTodayUnlessGivenWithNoOrdersAndRevisionZero() {
        Customer created = CustomerProfiles.created(new CreateCustomerInput("X-1", "  Ann  ", null, null, "EU", null,
                null, new MembershipInput("gold", null), null, new EngagementInput(2, null, null)), LocalDate.of(2026, 1, 2), NOW);

        assertThat(created.name()).isEqualTo("Ann");
        assertThat(created.joinedOn()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(created.membership()).isEqualTo(new Membership("gold", 0));
        assertThat(created.engagement()).isEqualTo(new Engagement(2, 0, 0));
        assertThat(created.revision()).isZero();
        assertThat(created.orderSummary()).isEqualTo(OrderTotals.NONE);
    }

    @Test
    void withoutAStoredCustomerEveryGivenFieldIsSetAsGiven() {
        Document set = sets(CustomerProfiles.changes(null, new UpdateCustomerInput(" Bo ", null, null, "EU", null, null,
                new MembershipInput(null, 5L), null, null)));

        assertThat(set).containsOnlyKeys(Customer.NAME, Customer.REGION, Customer.MEMBERSHIP);
        assertThat(set.get(Customer.NAME)).isEqualTo("Bo");
        assertThat(set.get(Customer.MEMBERSHIP)).isEqualTo(new Membership(null, 5));
    }

    @Test
    void againstAStoredCustomerOnlyWhatDiffersIsSetAndCountsAreMergedIn() {
        Customer stored = new Customer("c", "X-1", "Ann", "ann@example.com", null, "EU", "web", LocalDate.of(2025, 1, 1),
                new Membership("gold", 40), List.of("a"), new Engagement(1, 2, 3), OrderTotals.NONE, 3, NOW, NOW);

        Document set = sets(CustomerProfiles.changes(stored, new CreateCustomerInput("X-1", "Ann", "ann@example.com",
                null, "US", "web", null, new MembershipInput(null, 50L), List.of("a"), new EngagementInput(null, 9, null))));

        assertThat(set).containsOnlyKeys(Customer.REGION, Customer.MEMBERSHIP, Customer.ENGAGEMENT);
        assertThat(set.get(Customer.MEMBERSHIP)).isEqualTo(new Membership("gold", 50));
        assertThat(set.get(Customer.ENGAGEMENT)).isEqualTo(new Engagement(1, 9, 3));
        assertThat(sets(CustomerProfiles.changes(stored, new CreateCustomerInput("X-1", "Ann", null, null, "EU", null,
                null, null, null, null)))).as("nothing differs").isEmpty();
    }

    private static Document sets(Update update) {
        Document set = (Document) update.getUpdateObject().get("$set");
        return set == null ? new Document() : set;
    }
}
