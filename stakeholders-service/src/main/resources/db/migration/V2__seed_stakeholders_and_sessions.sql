-- Seed: the stakeholders named in the Challenges Annual Forum 2018 report and the sessions of issue 4.

-- The five categories of the report's 'Stakeholder Action' column; each is its own category, so a
-- category code is accepted wherever a body code is.
INSERT INTO stakeholder (code, name, kind, category, description) VALUES
('MEMBER_STATES', 'Member States', 'CATEGORY', 'MEMBER_STATES',
 'The UN''s Member States: they act through General Assembly bodies such as the C-34 and the Fifth Committee, or implement domestically.'),
('SECURITY_COUNCIL', 'Security Council', 'CATEGORY', 'SECURITY_COUNCIL',
 'The Security Council, which acts through the mandates of peace operations; its meetings are sessions of this body.'),
('SECRETARIAT', 'Secretariat', 'CATEGORY', 'SECRETARIAT',
 'The UN Secretariat, which acts through the development of guidance and lessons learned.'),
('FIELD_MISSIONS', 'Field Missions', 'CATEGORY', 'FIELD_MISSIONS',
 'The peace operations in the field, which act through leadership and implementation on the ground.'),
('THINK_TANKS', 'Think tanks and researchers', 'CATEGORY', 'THINK_TANKS',
 'Think tanks and researchers, who act through further analysis.');

-- Bodies through which Member States act.
INSERT INTO stakeholder (code, name, kind, category, description) VALUES
('GENERAL_ASSEMBLY', 'General Assembly', 'INTERGOVERNMENTAL_BODY', 'MEMBER_STATES',
 'The plenary of all Member States, which endorses the reports of its committees on peacekeeping and its budgets.'),
('C34', 'Special Committee on Peacekeeping Operations (C-34)', 'INTERGOVERNMENTAL_BODY', 'MEMBER_STATES',
 'General Assembly committee reviewing all aspects of peacekeeping; its annual substantive session is where Member States can endorse reforms.'),
('FIFTH_COMMITTEE', 'Fifth Committee', 'INTERGOVERNMENTAL_BODY', 'MEMBER_STATES',
 'General Assembly committee for administrative and budgetary questions; it approves peacekeeping budgets at its resumed session each May.'),
('PEACEBUILDING_COMMISSION', 'Peacebuilding Commission', 'INTERGOVERNMENTAL_BODY', 'MEMBER_STATES',
 'Intergovernmental advisory body of Member States that can advise the Security Council during mandate renewals and transitions.'),
('PEACEKEEPING_MINISTERIAL', 'UN Peacekeeping Defence Ministerial', 'INTERGOVERNMENTAL_BODY', 'MEMBER_STATES',
 'Conferences of Member States'' defence ministers at which they pledge capabilities and support for UN peacekeeping.');

-- Regional partners are filed under MEMBER_STATES: they are not part of the UN system and act
-- through decisions of their own member states, which is also how a delegation would follow them.
INSERT INTO stakeholder (code, name, kind, category, description) VALUES
('AFRICAN_UNION', 'African Union', 'REGIONAL_ORGANIZATION', 'MEMBER_STATES',
 'Regional partner of UN peace operations in Africa; it acts through decisions of its member states.'),
('EUROPEAN_UNION', 'European Union', 'REGIONAL_ORGANIZATION', 'MEMBER_STATES',
 'Regional partner supporting UN peace operations; it acts through decisions of its member states.');

-- Secretariat entities the report names.
INSERT INTO stakeholder (code, name, kind, category, description) VALUES
('DPO', 'Department of Peace Operations', 'SECRETARIAT_ENTITY', 'SECRETARIAT',
 'Secretariat department directing peacekeeping operations; the report asks it to share training needs and gaps with Member States.'),
('DPPA', 'Department of Political and Peacebuilding Affairs', 'SECRETARIAT_ENTITY', 'SECRETARIAT',
 'Secretariat department for political affairs and peacebuilding, into which the Peacebuilding Support Office was merged.'),
('OMA', 'Office of Military Affairs', 'SECRETARIAT_ENTITY', 'SECRETARIAT',
 'Office providing military expertise to the Secretariat; the report notes it often lacks a voice in operations and planning.'),
('OSPP', 'Office for Strategic Peacekeeping Partnerships', 'SECRETARIAT_ENTITY', 'SECRETARIAT',
 'Office assessing the readiness and performance of military personnel and implementing the Cruz Report action plans.');

-- Field missions the report names. UNMIL and UNOCI had closed when the report was written; UNAMID
-- (31 December 2020) and MINUSMA (31 December 2023) have closed since, so they are closed too.
INSERT INTO stakeholder (code, name, kind, category, description, closed) VALUES
('MINUSMA', 'United Nations Multidimensional Integrated Stabilization Mission in Mali', 'FIELD_MISSION', 'FIELD_MISSIONS',
 'Peacekeeping operation in Mali (2013-2023), whose mandate ended on 31 December 2023.', TRUE),
('MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'FIELD_MISSION', 'FIELD_MISSIONS',
 'Peacekeeping operation in the Democratic Republic of the Congo.', FALSE),
('UNMISS', 'United Nations Mission in the Republic of South Sudan', 'FIELD_MISSION', 'FIELD_MISSIONS',
 'Peacekeeping operation in South Sudan.', FALSE),
('MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'FIELD_MISSION', 'FIELD_MISSIONS',
 'Peacekeeping operation in the Central African Republic.', FALSE),
('UNAMID', 'African Union-United Nations Hybrid Operation in Darfur', 'FIELD_MISSION', 'FIELD_MISSIONS',
 'Joint AU-UN operation in Darfur (2007-2020), whose mandate ended on 31 December 2020.', TRUE),
('UNMIL', 'United Nations Mission in Liberia', 'FIELD_MISSION', 'FIELD_MISSIONS',
 'Peacekeeping operation in Liberia (2003-2018); closed, a reference for transitions and exits.', TRUE),
('UNOCI', 'United Nations Operation in Côte d''Ivoire', 'FIELD_MISSION', 'FIELD_MISSIONS',
 'Peacekeeping operation in Côte d''Ivoire (2004-2017); closed, a reference for transitions and exits.', TRUE);

-- Sessions. Seeded ids are readable and stable (they appear in calendar UIDs and in briefings);
-- sessions created through the API get a UUID.
INSERT INTO body_session (id, body, title, kind, starts_on, ends_on, location, tentative) VALUES
('c34-2023', 'C34', 'C-34 substantive session 2023', 'C34_SUBSTANTIVE', '2023-02-20', '2023-03-17', 'United Nations Headquarters, New York', FALSE),
('c34-2024', 'C34', 'C-34 substantive session 2024', 'C34_SUBSTANTIVE', '2024-02-20', '2024-03-15', 'United Nations Headquarters, New York', FALSE),
('c34-2025', 'C34', 'C-34 substantive session 2025', 'C34_SUBSTANTIVE', '2025-02-18', '2025-03-14', 'United Nations Headquarters, New York', FALSE),
-- Only "February 2027, New York" is known: these dates are a placeholder in the usual pattern
-- (a Tuesday in mid-February to a Friday four weeks later) until the C-34 confirms them.
('c34-2027', 'C34', 'C-34 substantive session 2027', 'C34_SUBSTANTIVE', '2027-02-16', '2027-03-12', 'United Nations Headquarters, New York', TRUE),
('ministerial-2019', 'PEACEKEEPING_MINISTERIAL', 'UN Peacekeeping Defence Ministerial 2019', 'DEFENCE_MINISTERIAL', '2019-03-29', '2019-03-29', 'United Nations Headquarters, New York', FALSE),
('ministerial-2021', 'PEACEKEEPING_MINISTERIAL', 'UN Peacekeeping Ministerial 2021', 'DEFENCE_MINISTERIAL', '2021-12-07', '2021-12-08', 'Seoul, Republic of Korea', FALSE),
('ministerial-2023', 'PEACEKEEPING_MINISTERIAL', 'UN Peacekeeping Ministerial 2023', 'DEFENCE_MINISTERIAL', '2023-12-05', '2023-12-06', 'Accra, Ghana', FALSE),
('ministerial-2025', 'PEACEKEEPING_MINISTERIAL', 'UN Peacekeeping Ministerial 2025', 'DEFENCE_MINISTERIAL', '2025-05-13', '2025-05-14', 'Berlin, Germany', FALSE);
