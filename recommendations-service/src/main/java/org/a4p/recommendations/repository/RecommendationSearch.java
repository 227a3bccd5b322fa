package org.a4p.recommendations.repository;

import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;

import java.util.Set;

/**
 * Filters of the list, already checked. Every non-null filter must hold (AND); every category in
 * {@code stakeholders} must be among the recommendation's stakeholders.
 */
public record RecommendationSearch(String area, Set<StakeholderCategory> stakeholders, RecommendationStatus status,
                                   Integer a4pParagraph, String text, int page, int size) {
}
