package io.customerlens.plugins.customertype;

import io.customerlens.sdk.Component;
import io.customerlens.sdk.Engagement;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.OrderRecord;
import io.customerlens.sdk.Parameters;
import io.customerlens.sdk.PopulationStatistics;
import io.customerlens.sdk.Profile;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.ServiceInteraction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shared test data, as of 2025-06-30. */
final class TypeFixtures {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private TypeFixtures() {
    }

    static OrderRecord order(String day, double discount) {
        return new OrderRecord(Instant.parse(day + "T10:00:00Z"), 50, 1, discount, "web");
    }

    static ServiceInteraction contact(String day, InteractionKind kind) {
        return new ServiceInteraction(Instant.parse(day + "T09:00:00Z"), Instant.parse(day + "T11:00:00Z"),
                "phone", kind, InteractionOutcome.RESOLVED);
    }

    static Profile profile(Set<String> tags, int referrals, int events, int communityPosts) {
        return new Profile("x", null, null, null, null, 0, tags, new Engagement(referrals, events, communityPosts));
    }

    static ScoringContext context(ModelDescriptor descriptor, Map<String, ?> raw) {
        return new ScoringContext(Parameters.resolve(descriptor.parameters(), raw), PopulationStatistics.EMPTY, AS_OF);
    }

    static double component(Segment segment, String name) {
        return segment.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().value();
    }

    static List<String> componentNames(Segment segment) {
        return segment.components().stream().map(Component::name).toList();
    }
}
