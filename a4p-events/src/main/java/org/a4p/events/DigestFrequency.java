package org.a4p.events;

/** How often a subscription's alerts are sent: each at once, or one message per UTC day or ISO week listing them. */
public enum DigestFrequency {
    NONE, DAILY, WEEKLY
}
