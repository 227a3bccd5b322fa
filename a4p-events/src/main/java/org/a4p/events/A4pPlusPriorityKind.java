package org.a4p.events;

/** Whether an A4P+ item is one of its seven priorities or one of its two cross-cutting themes. */
public enum A4pPlusPriorityKind {
    PRIORITY, CROSS_CUTTING
}
