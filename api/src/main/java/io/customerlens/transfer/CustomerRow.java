package io.customerlens.transfer;

import io.customerlens.customer.CreateCustomerInput;
import io.customerlens.customer.EngagementInput;
import io.customerlens.customer.MembershipInput;
import java.time.LocalDate;

/**
 * One customer row, checked as {@code createCustomer} checks its input. Columns left out (or empty) are not given:
 * a new customer gets the defaults {@code createCustomer} gives, a stored one keeps what it has.
 *
 * @param input the profile as a {@code createCustomer} input; null fields were not given
 */
record CustomerRow(CreateCustomerInput input) {

    static CustomerRow read(Fields fields, LocalDate today) {
        MembershipInput membership = fields.has("membershipLevel") || fields.has("membershipPoints")
                || fields.has("membershipStartedOn") || fields.has("membershipEndedOn")
                ? new MembershipInput(fields.text("membershipLevel"), fields.whole("membershipPoints"),
                fields.date("membershipStartedOn"), fields.date("membershipEndedOn")) : null;
        EngagementInput engagement = fields.has("referrals") || fields.has("events") || fields.has("communityPosts")
                ? new EngagementInput(fields.integer("referrals"), fields.integer("events"), fields.integer("communityPosts"))
                : null;
        CreateCustomerInput input = new CreateCustomerInput(fields.text("externalId"), fields.text("name"),
                fields.text("email"), fields.text("phone"), fields.text("region"), fields.text("channel"),
                fields.date("joinedOn"), membership, fields.list("tags"), engagement);
        input.check(today);
        return new CustomerRow(input);
    }
}
