package io.customerlens.customer;

/** What changed customers' data, or their segments: the cause a segment-change event names. */
public enum ChangeCause {
    PROFILE, ORDER, SURVEY, INTERACTION, ENGAGEMENT, IMPORT, SNAPSHOT
}
