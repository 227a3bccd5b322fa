package org.a4p.recommendations.service;

import org.a4p.events.StakeholderCategory;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Derives stakeholder codes from a free-text 'Stakeholder Action' cell such as
 * "Member States Security Council Field Missions". The report is not consistent ("Member State",
 * "Field missions", "Think tank/researchers", "Think tanks/Researchers,"), so each category is
 * recognised by a tolerant, case-insensitive pattern. The seed migration's codes follow these rules
 * (a test re-derives them from the report), and POST/PUT use them when stakeholders are omitted.
 */
public final class StakeholderDerivation {

    private static final Map<StakeholderCategory, Pattern> PATTERNS = Map.of(
            StakeholderCategory.MEMBER_STATES, Pattern.compile("\\bmember\\s+states?\\b"),
            StakeholderCategory.SECURITY_COUNCIL, Pattern.compile("\\bsecurity\\s+council\\b"),
            StakeholderCategory.SECRETARIAT, Pattern.compile("\\bsecretariat\\b"),
            StakeholderCategory.FIELD_MISSIONS, Pattern.compile("\\b(field\\s+)?missions?\\b"),
            StakeholderCategory.THINK_TANKS, Pattern.compile("\\bthink[\\s-]*tanks?\\b|\\bresearchers?\\b"));

    private StakeholderDerivation() {
    }

    /** The categories named in {@code stakeholderAction}, in canonical order; empty if none is recognised. */
    public static List<StakeholderCategory> derive(String stakeholderAction) {
        EnumSet<StakeholderCategory> found = EnumSet.noneOf(StakeholderCategory.class);
        if (stakeholderAction != null) {
            String lower = stakeholderAction.toLowerCase(java.util.Locale.ROOT);
            PATTERNS.forEach((category, pattern) -> {
                if (pattern.matcher(lower).find()) {
                    found.add(category);
                }
            });
        }
        return List.copyOf(found);
    }
}
