package io.customerlens.plugins.valuetier;

import io.customerlens.sdk.SegmentDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three levels of the value pyramid, lowest first, so that ordinal order is value order. */
enum Tier {

    BASIC(new SegmentDefinition("basic", "Basic", 3,
            "Standard service: customers below the extended threshold, and customers without orders or value.")),
    EXTENDED(new SegmentDefinition("extended", "Extended", 2,
            "Extended service: the next share of buying customers below the VIP tier (default the next 20%).")),
    VIP(new SegmentDefinition("vip", "VIP", 1,
            "Top service: the most valuable share of buying customers (default the top 5%)."));

    private final SegmentDefinition definition;

    Tier(SegmentDefinition definition) {
        this.definition = definition;
    }

    SegmentDefinition definition() {
        return definition;
    }

    String code() {
        return definition.code();
    }

    /** @return the next tier up, or empty for VIP */
    Optional<Tier> above() {
        return this == VIP ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    boolean isAbove(Tier other) {
        return ordinal() > other.ordinal();
    }

    /** @return the tier with this segment code, or empty for any other code */
    static Optional<Tier> ofCode(String code) {
        return Arrays.stream(values()).filter(tier -> tier.code().equals(code)).findFirst();
    }

    /** @return the segment definitions by rank: VIP, Extended, Basic */
    static List<SegmentDefinition> definitions() {
        return List.of(VIP.definition, EXTENDED.definition, BASIC.definition);
    }
}
