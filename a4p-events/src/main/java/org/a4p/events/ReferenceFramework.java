package org.a4p.events;

/**
 * The reference frameworks recommendations are read against ({@code GET /frameworks}): the 2018 A4P Declaration of
 * Shared Commitments with its 8 Areas of Commitment, and the 2021 A4P+ priorities and cross-cutting themes.
 */
public enum ReferenceFramework {
    A4P_2018, A4P_PLUS_2021
}
