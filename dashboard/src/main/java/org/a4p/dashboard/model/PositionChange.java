package org.a4p.dashboard.model;

import org.a4p.events.EvidenceReference;

import java.time.OffsetDateTime;
import java.util.List;

/** One position change (SET or REMOVED) of a recommendation: a line of its timeline. Previous values null when new. */
public record PositionChange(int number, String stakeholder, String change, String acceptance, String implementation,
                             String previousAcceptance, String previousImplementation, String note,
                             List<EvidenceReference> evidence, OffsetDateTime at, String by) {
}
