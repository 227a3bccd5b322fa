-- Reference frameworks (issue 14, part 5).
--
-- A4P+ (2021): a recommendation's priorities, set by the secretariat (PUT /recommendations/{number}/priorities).
-- NOTHING IS SEEDED: no official mapping of the Challenges Forum 2018 recommendations to the A4P+ priorities
-- exists, and the tracker must not present a guess as one. The codes are org.a4p.events.A4pPlusPriority
-- (FrameworksTest holds these CHECK lists to it).
CREATE TABLE recommendation_priority (
    recommendation_number INT         NOT NULL REFERENCES recommendation (number),
    priority              VARCHAR(64) NOT NULL CHECK (priority IN (
        'COLLECTIVE_COHERENCE_BEHIND_A_POLITICAL_STRATEGY',
        'STRATEGIC_AND_OPERATIONAL_INTEGRATION',
        'CAPABILITIES_AND_MINDSETS',
        'ACCOUNTABILITY_TO_PEACEKEEPERS',
        'ACCOUNTABILITY_OF_PEACEKEEPERS',
        'STRATEGIC_COMMUNICATIONS',
        'COOPERATION_WITH_HOST_COUNTRIES',
        'WOMEN_PEACE_AND_SECURITY',
        'DATA_DRIVEN_AND_TECHNOLOGY_ENABLED_PEACEKEEPING')),
    PRIMARY KEY (recommendation_number, priority)
);
CREATE INDEX recommendation_priority_by_code ON recommendation_priority (priority);

-- Every change of a recommendation's priorities: the whole set after it and the one before, appended in the
-- transaction of the change. The history lists these; reads as of a moment take the last row at or before it
-- (none: no priorities then).
CREATE TABLE priority_change (
    id                    BIGSERIAL    PRIMARY KEY,
    recommendation_number INT          NOT NULL REFERENCES recommendation (number),
    priorities            TEXT[]       NOT NULL CHECK (priorities <@ ARRAY[
        'COLLECTIVE_COHERENCE_BEHIND_A_POLITICAL_STRATEGY',
        'STRATEGIC_AND_OPERATIONAL_INTEGRATION',
        'CAPABILITIES_AND_MINDSETS',
        'ACCOUNTABILITY_TO_PEACEKEEPERS',
        'ACCOUNTABILITY_OF_PEACEKEEPERS',
        'STRATEGIC_COMMUNICATIONS',
        'COOPERATION_WITH_HOST_COUNTRIES',
        'WOMEN_PEACE_AND_SECURITY',
        'DATA_DRIVEN_AND_TECHNOLOGY_ENABLED_PEACEKEEPING']::TEXT[]),
    previous_priorities   TEXT[]       NOT NULL,
    changed_at            TIMESTAMPTZ  NOT NULL,
    changed_by            VARCHAR(200) NOT NULL,
    version               BIGINT       NOT NULL
);
CREATE INDEX priority_change_by_recommendation ON priority_change (recommendation_number, changed_at, id);

-- A4P (2018): the paragraphs of the Declaration of Shared Commitments that the report's recommendations table
-- cites (its 'A4P Para' column), one row per recommendation, verbatim from the table (SeedMatchesReportTest's
-- reading of seed/challenges-forum-2018-report.txt; FrameworksTest checks them). Kept apart from
-- recommendation.a4p_paragraph, which an edit may correct or a later forum's recommendation adds to: these are what
-- the 2018 report cites. The report gives the paragraph numbers, not their texts, so no text is stored.
CREATE TABLE report_citation (
    recommendation_number INT         PRIMARY KEY REFERENCES recommendation (number),
    area_code             VARCHAR(64) NOT NULL REFERENCES area (code),
    a4p_paragraph         INT         NOT NULL CHECK (a4p_paragraph > 0)
);
INSERT INTO report_citation (recommendation_number, area_code, a4p_paragraph) VALUES
    (1, 'PEACEBUILDING_AND_SUSTAINING_PEACE', 5),
    (2, 'PEACEBUILDING_AND_SUSTAINING_PEACE', 17),
    (3, 'PEACEBUILDING_AND_SUSTAINING_PEACE', 10),
    (4, 'WOMEN_PEACE_AND_SECURITY', 8),
    (5, 'WOMEN_PEACE_AND_SECURITY', 8),
    (6, 'WOMEN_PEACE_AND_SECURITY', 8),
    (7, 'POLITICS', 6),
    (8, 'POLITICS', 5),
    (9, 'PERFORMANCE_AND_ACCOUNTABILITY', 10),
    (10, 'PERFORMANCE_AND_ACCOUNTABILITY', 6),
    (11, 'PERFORMANCE_AND_ACCOUNTABILITY', 13),
    (12, 'PERFORMANCE_AND_ACCOUNTABILITY', 13),
    (13, 'PROTECTION', 10),
    (14, 'PROTECTION', 10),
    (15, 'PARTNERSHIPS', 18),
    (16, 'PARTNERSHIPS', 18),
    (17, 'PARTNERSHIPS', 22),
    (18, 'SAFETY_AND_SECURITY', 14),
    (19, 'SAFETY_AND_SECURITY', 14),
    (20, 'SAFETY_AND_SECURITY', 14),
    (21, 'SAFETY_AND_SECURITY', 13),
    (22, 'SAFETY_AND_SECURITY', 12),
    (23, 'CONDUCT', 21),
    (24, 'CONDUCT', 21);
