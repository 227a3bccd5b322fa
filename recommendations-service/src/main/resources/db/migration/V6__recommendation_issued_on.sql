-- Statistics (issue 14): "outstanding for more than 5 years" counts from the day a recommendation was issued, which is
-- not the day it was entered here (created_at), so it gets its own date.
-- The seeded 24 were issued by the Challenges Annual Forum 2018, held in Stockholm on 27-29 November 2018. The report
-- dates its recommendations to no single day; they are the Forum's outcome, so they count from its last day,
-- 2018-11-29 (the day the seed already records them as created). Anything added since counts from the day it was
-- entered, the best this database knows; the secretariat can correct it with PUT.
ALTER TABLE recommendation ADD COLUMN issued_on DATE;
UPDATE recommendation SET issued_on = CASE WHEN number BETWEEN 1 AND 24 THEN DATE '2018-11-29'
                                           ELSE (created_at AT TIME ZONE 'UTC')::date END;
ALTER TABLE recommendation ALTER COLUMN issued_on SET NOT NULL;
