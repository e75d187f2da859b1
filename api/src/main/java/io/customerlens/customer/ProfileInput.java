package io.customerlens.customer;

import java.time.LocalDate;
import java.util.List;

/** The profile fields a caller may send, on create, update and import alike; null means "not given". */
public interface ProfileInput {

    String name();

    String email();

    String phone();

    String region();

    String channel();

    LocalDate joinedOn();

    MembershipInput membership();

    List<String> tags();

    EngagementInput engagement();
}
