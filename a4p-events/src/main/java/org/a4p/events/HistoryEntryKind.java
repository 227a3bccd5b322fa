package org.a4p.events;

/**
 * What an entry of a recommendation's history records: its own status, one addressee's position, or its A4P+
 * priorities (the whole set after the change, and the one before).
 */
public enum HistoryEntryKind {
    STATUS, POSITION, PRIORITIES
}
