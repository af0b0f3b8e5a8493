-- Issue 16. Browser sessions live in the database (Spring Session JDBC's tables), so every node knows every session
-- and a user's sessions can be found by user name.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    ${binary_type} not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- Every change that must end a user's sessions (roles, removal, lock, password) counts up the generation; a session
-- made under an older generation ends at its next request, on whichever node it arrives.
alter table app_user add column session_generation bigint not null default 0;

-- Limits per client address or per account that hold across nodes: attempts counted in a fixed window.
create table request_limit (
    limit_key    varchar(200) not null primary key,
    window_start timestamp with time zone not null,
    hits         integer      not null
);
