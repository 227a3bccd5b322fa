package org.a4p.events;

/** What happened to a position: set (added or changed), or removed (an addressee added by mistake). */
public enum PositionChangeKind {
    SET, REMOVED
}
