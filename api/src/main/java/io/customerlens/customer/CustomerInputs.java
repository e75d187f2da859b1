package io.customerlens.customer;

import io.customerlens.web.InputChecks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The profile fields callers send, shared by create and update, and their checks. */
final class CustomerInputs {

    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,29}");
    private static final int MAX_TAGS = 50;
    static final int MAX_COUNT = 1_000_000;

    private CustomerInputs() {
    }

    static void checkProfile(InputChecks checks, String email, String phone, String region, String channel,
                             LocalDate joinedOn, LocalDate today, MembershipInput membership, List<String> tags) {
        // the length first: the pattern backtracks on long runs of dots, so it only ever sees 254 characters
        checks.require(email == null || email.length() <= 254, "email", "must be at most 254 characters")
                .require(email == null || email.length() > 254 || EMAIL.matcher(email).matches(), "email",
                        "must be an e-mail address like name@example.com")
                .matches(phone, PHONE, "phone", "a phone number of 5-30 digits, spaces, dashes or brackets, optionally starting with +")
                .optionalText(region, "region", 100)
                .optionalText(channel, "channel", 100)
                .require(joinedOn == null || !joinedOn.isAfter(today), "joinedOn", "must not be in the future (today is " + today + ")")
                .require(joinedOn == null || !joinedOn.isBefore(InputChecks.EARLIEST), "joinedOn",
                        "must not be before " + InputChecks.EARLIEST + " (got " + joinedOn + ")");
        if (membership != null) {
            LocalDate started = membership.startedOn();
            LocalDate ended = membership.endedOn();
            checks.optionalText(membership.level(), "membership.level", 50)
                    .require(membership.points() == null || membership.points() >= 0, "membership.points", "must be 0 or more")
                    .require(started == null || !started.isAfter(today), "membership.startedOn",
                            "must not be in the future (today is " + today + ")")
                    .require(started == null || !started.isBefore(InputChecks.EARLIEST), "membership.startedOn",
                            "must not be before " + InputChecks.EARLIEST + " (got " + started + ")")
                    .require(ended == null || !ended.isAfter(today), "membership.endedOn",
                            "must not be in the future (today is " + today + ")")
                    .require(ended == null || started == null || !ended.isBefore(started), "membership.endedOn",
                            "must not be before membership.startedOn (" + started + ")");
        }
        if (tags != null) {
            checks.require(tags.size() <= MAX_TAGS, "tags", "must hold at most " + MAX_TAGS + " tags")
                    .require(tags.stream().allMatch(tag -> tag != null && !tag.isBlank() && tag.length() <= 50),
                            "tags", "must each be non-blank text of at most 50 characters")
                    .require(new HashSet<>(tags).size() == tags.size(), "tags", "must not repeat a tag");
        }
    }

    static void checkEngagement(InputChecks checks, EngagementInput engagement) {
        if (engagement != null) {
            checks.range(engagement.referrals(), 0, MAX_COUNT, "engagement.referrals")
                    .range(engagement.events(), 0, MAX_COUNT, "engagement.events")
                    .range(engagement.communityPosts(), 0, MAX_COUNT, "engagement.communityPosts");
        }
    }
}
