-- Every event applied to the read model counts in its topic's row, in the transaction that applies it: the sum is a
-- version of the whole read model, which the page cache compares to know whether a rendered page still holds.
ALTER TABLE data_as_of ADD COLUMN changes BIGINT NOT NULL DEFAULT 0;
