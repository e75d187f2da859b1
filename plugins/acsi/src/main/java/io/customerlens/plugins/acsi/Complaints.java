package io.customerlens.plugins.acsi;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.InteractionOutcome;
import io.customerlens.sdk.Lookback;
import io.customerlens.sdk.ServiceInteraction;

/**
 * The customer's COMPLAINT interactions opened within the window, by outcome: RESOLVED, or not (UNRESOLVED,
 * OPEN or ESCALATED).
 */
record Complaints(long unresolved, long resolved) {

    static Complaints count(CustomerSnapshot customer, Lookback window) {
        long unresolved = 0;
        long resolved = 0;
        for (ServiceInteraction interaction : customer.interactions()) {
            if (interaction.kind() == InteractionKind.COMPLAINT && window.contains(interaction.openedAt())) {
                if (interaction.outcome() == InteractionOutcome.RESOLVED) {
                    resolved++;
                } else {
                    unresolved++;
                }
            }
        }
        return new Complaints(unresolved, resolved);
    }

    long total() {
        return unresolved + resolved;
    }

    String text() {
        return total() + (total() == 1 ? " complaint" : " complaints") + " (" + unresolved
                + " unresolved, open or escalated, " + resolved + " resolved)";
    }
}
