package org.a4p.stakeholders;

import java.util.List;

/** What the Flyway seed holds; tests add their own rows next to it, so they check the seed by these ids. */
final class Seed {

    static final List<String> STAKEHOLDERS = List.of(
            "MEMBER_STATES", "SECURITY_COUNCIL", "SECRETARIAT", "FIELD_MISSIONS", "THINK_TANKS",
            "GENERAL_ASSEMBLY", "C34", "FIFTH_COMMITTEE", "PEACEBUILDING_COMMISSION", "PEACEKEEPING_MINISTERIAL",
            "AFRICAN_UNION", "EUROPEAN_UNION", "DPO", "DPPA", "OMA", "OSPP",
            "MINUSMA", "MONUSCO", "UNMISS", "MINUSCA", "UNAMID", "UNMIL", "UNOCI");

    static final List<String> SESSIONS = List.of("c34-2023", "c34-2024", "c34-2025", "c34-2027",
            "ministerial-2019", "ministerial-2021", "ministerial-2023", "ministerial-2025");

    private Seed() {
    }
}
