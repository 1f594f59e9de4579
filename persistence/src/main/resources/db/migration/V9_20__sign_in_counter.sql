-- Failed sign-ins counted in the database, so that the nodes of a cluster share one allowance
-- and a restart forgets nothing (see SignInCounter). Portable SQL for H2 2.x and PostgreSQL 15.
create table sign_in_counter (
    counter_key  varchar(200) not null primary key,
    window_start timestamp(6) with time zone not null,
    failures     integer      not null,
    locked_until timestamp(6) with time zone,
    expires_at   timestamp(6) with time zone not null
);
create index sign_in_counter_expires_ix on sign_in_counter (expires_at);
