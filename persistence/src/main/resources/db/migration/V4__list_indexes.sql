-- Indexes for the objectives list (ObjectiveService) at a few thousand objectives: a page of
-- 20 rows sorted in the database can then be read from an index instead of sorting the whole
-- table. Measured on PostgreSQL 15 and H2 2.2 with 5,000 objectives (see bench/README.md).
-- Portable SQL.

-- Sorting by last update, with the code as tie-breaker (newest first is the common case;
-- PostgreSQL reads the index backwards, H2 2.2 only forwards).
create index ix_objective_updated on objective (updated_at, code);

-- Filtering by status with the default order (code), and sorting by status with code as the
-- tie-breaker. It also serves every lookup by status alone, so it replaces that index.
create index ix_objective_status_code on objective (status, code);
drop index ix_objective_status;
