package org.a4p.events;

/** What an entry of a recommendation's history records: its own status, or one addressee's position. */
public enum HistoryEntryKind {
    STATUS, POSITION
}
