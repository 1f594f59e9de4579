-- Accounts and security: a reset password must be changed at the next login, and an
-- administrator can end an account's sessions (deactivation and reset do). Portable SQL for
-- H2 2.x and PostgreSQL 15, matching the Account mapping.
alter table account add column password_change_required boolean default false not null;
-- Sessions signed in at or before this moment are refused (checked on every request, so it
-- holds on every node).
alter table account add column sessions_revoked_at timestamp(6) with time zone;

-- Institutions and cooperation areas become editable reference data (ADMIN): their edits are
-- version-checked like every other concurrent edit.
alter table institution add column version bigint default 0 not null;
alter table cooperation_area add column version bigint default 0 not null;
