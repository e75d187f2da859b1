package io.customerlens.customer;

import io.customerlens.web.InputChecks;
import java.time.LocalDate;
import java.util.List;

/** The {@code updateCustomer} input: every field is optional, and only the given ones change. */
public record UpdateCustomerInput(String name, String email, String phone, String region, String channel,
                                  LocalDate joinedOn, MembershipInput membership, List<String> tags,
                                  EngagementInput engagement) implements ProfileInput {

    void check(LocalDate today) {
        InputChecks checks = InputChecks.of("input");
        if (name != null) {
            checks.text(name, "name", 200);
        }
        CustomerInputs.checkProfile(checks, email, phone, region, channel, joinedOn, today, membership, tags);
        CustomerInputs.checkEngagement(checks, engagement);
        checks.throwIfInvalid();
    }
}
