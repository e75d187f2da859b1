package io.customerlens.plugins.servicerecovery;

import io.customerlens.sdk.InteractionKind;
import io.customerlens.sdk.ServiceInteraction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The COMPLAINT interactions in the window, by how the recovery went.
 *
 * @param fast       RESOLVED with resolvedAt - openedAt <= the target
 * @param late       RESOLVED with resolvedAt - openedAt > the target
 * @param unresolved UNRESOLVED, ESCALATED, or OPEN for longer than the target
 * @param pending    OPEN for at most the target: no penalty yet
 */
record ComplaintTally(int fast, int late, int unresolved, int pending) {

    /**
     * @param interactions the interactions in the window
     * @param now          the instant open complaints are aged to (the end of the as-of day)
     * @param target       the resolution target
     * @throws IllegalArgumentException if a RESOLVED complaint has no resolvedAt or one before openedAt
     */
    static ComplaintTally of(List<ServiceInteraction> interactions, Instant now, Duration target) {
        int fast = 0;
        int late = 0;
        int unresolved = 0;
        int pending = 0;
        for (ServiceInteraction complaint : interactions) {
            if (complaint.kind() != InteractionKind.COMPLAINT) {
                continue;
            }
            if (complaint.outcome() == null) {
                throw new IllegalArgumentException("complaint opened at " + complaint.openedAt() + " has no outcome");
            }
            switch (complaint.outcome()) {
                case RESOLVED -> {
                    if (withinTarget(resolutionTime(complaint), target)) {
                        fast++;
                    } else {
                        late++;
                    }
                }
                case OPEN -> {
                    if (withinTarget(Duration.between(complaint.openedAt(), now), target)) {
                        pending++;
                    } else {
                        unresolved++;
                    }
                }
                // Escalation means first-level recovery failed: unresolved at once, however young.
                case UNRESOLVED, ESCALATED -> unresolved++;
            }
        }
        return new ComplaintTally(fast, late, unresolved, pending);
    }

    int total() {
        return fast + late + unresolved + pending;
    }

    private static boolean withinTarget(Duration elapsed, Duration target) {
        return elapsed.compareTo(target) <= 0;
    }

    private static Duration resolutionTime(ServiceInteraction complaint) {
        Duration time = complaint.timeToResolve();
        if (time == null || time.isNegative()) {
            throw new IllegalArgumentException("resolved complaint opened at " + complaint.openedAt()
                    + " has " + (time == null ? "no resolvedAt" : "resolvedAt " + complaint.resolvedAt()
                    + " before it was opened"));
        }
        return time;
    }
}
