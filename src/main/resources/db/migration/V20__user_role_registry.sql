-- ADR 0013, step 5: a role is held in a unit of one registry. The platform's own role (the system manager) is held
-- in no registry: its rows say 'platform'. Every role and application so far was SmerteReg's. The table is made anew
-- (PostgreSQL and H2 have no common way to change a primary key).
create table registry_role (
    user_id     bigint      not null references app_user (id),
    registry_id varchar(40) not null,
    unit_resh   varchar(20) not null references org_unit (resh_id),
    role        varchar(30) not null,
    primary key (user_id, registry_id, unit_resh, role)
);
insert into registry_role (user_id, registry_id, unit_resh, role)
    select user_id, case when role = 'SYSTEM_MANAGER' then 'platform' else 'smertereg' end, unit_resh, role
    from user_role;
drop table user_role;
alter table registry_role rename to user_role;

-- The registry an application asks for a role in ('platform' for IT personnel, who get the system manager's role).
alter table access_application add column registry_id varchar(40);
update access_application set registry_id = case when it_personnel then 'platform' else 'smertereg' end;
alter table access_application alter column registry_id set not null;
