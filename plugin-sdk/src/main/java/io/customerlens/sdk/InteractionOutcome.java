package io.customerlens.sdk;

/** How a service interaction ended, or that it has not yet. */
public enum InteractionOutcome {
    /** Still open. */
    OPEN,
    /** Solved to the customer's satisfaction. */
    RESOLVED,
    /** Closed without solving the customer's problem. */
    UNRESOLVED,
    /** Handed on to a higher support level. */
    ESCALATED
}
