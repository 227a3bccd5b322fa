package org.a4p.recommendations.repository;

import org.a4p.events.A4pPlusPriority;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Filters of the list, already checked. Every non-null filter must hold (AND); every category in
 * {@code stakeholders} must be among the recommendation's stakeholders. {@code positionOf} names an addressee that
 * must have a position, with the given {@code acceptance} and {@code implementation} when those are set.
 * A non-empty {@code priorities} matches a recommendation mapped to any of them (A4P+ codes).
 * With {@code asOf}, the status, the positions and the priorities are those recorded at that moment, and only
 * recommendations that existed then match.
 */
public record RecommendationSearch(String area, Set<StakeholderCategory> stakeholders, RecommendationStatus status,
                                   Integer a4pParagraph, String text, String positionOf, PositionAcceptance acceptance,
                                   PositionImplementation implementation, Set<A4pPlusPriority> priorities,
                                   OffsetDateTime asOf, int page, int size) {

    public RecommendationSearch {
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
    }

    /** Without a priority filter. */
    public RecommendationSearch(String area, Set<StakeholderCategory> stakeholders, RecommendationStatus status,
                                Integer a4pParagraph, String text, String positionOf, PositionAcceptance acceptance,
                                PositionImplementation implementation, OffsetDateTime asOf, int page, int size) {
        this(area, stakeholders, status, a4pParagraph, text, positionOf, acceptance, implementation, Set.of(), asOf, page, size);
    }
}
