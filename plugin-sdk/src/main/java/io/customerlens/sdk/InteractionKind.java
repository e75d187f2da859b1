package io.customerlens.sdk;

/** What a service interaction was about. */
public enum InteractionKind {
    /** A question. */
    INQUIRY,
    /** A request for something to be done (change, return, cancellation). */
    REQUEST,
    /** A complaint about the product or the service. */
    COMPLAINT,
    /** Unsolicited feedback or praise. */
    FEEDBACK
}
