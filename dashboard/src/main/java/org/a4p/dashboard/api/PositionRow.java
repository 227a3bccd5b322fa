package org.a4p.dashboard.api;

import java.util.List;

/** One addressee's position on the recommendation page; {@code updated} is null for a position nobody has touched. */
public record PositionRow(Link stakeholder, String acceptance, String acceptanceLabel, String implementation,
                          String implementationLabel, String note, List<EvidenceLink> evidence, String updated) {
}
