package org.a4p.events;

/** How far one addressee has implemented a recommendation; anything but {@code NOT_STARTED} needs acceptance. */
public enum PositionImplementation {
    NOT_STARTED, IN_PROGRESS, STALLED, IMPLEMENTED
}
