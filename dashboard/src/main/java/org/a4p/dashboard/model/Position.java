package org.a4p.dashboard.model;

import org.a4p.events.EvidenceReference;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One addressee's position on a recommendation as the read model holds it: from its latest event, or the implicit
 * PENDING / NOT_STARTED one of a category named in the recommendation's stakeholders (then {@code changedAt} is null).
 */
public record Position(int number, String stakeholder, String acceptance, String implementation, String note,
                       List<EvidenceReference> evidence, OffsetDateTime changedAt, String changedBy) {
}
