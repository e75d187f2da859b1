package io.customerlens.customer;

import io.customerlens.web.InputChecks;
import java.time.LocalDate;
import java.util.List;

/** The {@code createCustomer} input. {@code joinedOn} defaults to today. */
public record CreateCustomerInput(String externalId, String name, String email, String phone, String region,
                                  String channel, LocalDate joinedOn, MembershipInput membership, List<String> tags,
                                  EngagementInput engagement) implements ProfileInput {

    public void check(LocalDate today) {
        InputChecks checks = InputChecks.of("input")
                .matches(externalId, CustomerInputs.EXTERNAL_ID, "externalId", "1-100 letters, digits or . _ : -")
                .require(externalId != null, "externalId", "is required")
                .text(name, "name", 200);
        CustomerInputs.checkProfile(checks, email, phone, region, channel, joinedOn, today, membership, tags);
        CustomerInputs.checkEngagement(checks, engagement);
        checks.throwIfInvalid();
    }
}
