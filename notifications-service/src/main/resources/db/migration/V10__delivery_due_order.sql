-- The sender claims due deliveries ORDER BY next_attempt_at, id. A fan-out gives thousands of rows the same
-- next_attempt_at, and an index on next_attempt_at alone made every claim of 128 read and sort all of them
-- (about 8 ms each, 80 claims for 10,000 subscribers); with id in the index a claim reads only what it takes.
CREATE INDEX delivery_due_order ON delivery (next_attempt_at, id) WHERE status = 'PENDING';
DROP INDEX delivery_due;
