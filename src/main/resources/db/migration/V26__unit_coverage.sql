-- Coverage (NNRR N5, "dekningsgrad"): per registry, unit and month, how many patients the unit's registry responsible
-- counted as referred with the registry's problems and examined (the denominator); and the quarterly unit reports the
-- unit diagram makes, kept with the figures as they were when made.
create table unit_coverage (
    registry_id  varchar(40)              not null,
    unit_resh    varchar(20)              not null,
    period_month varchar(7)               not null,
    examined     integer                  not null,
    entered_by   varchar(60)              not null,
    entered_at   timestamp with time zone not null,
    primary key (registry_id, unit_resh, period_month)
);

create table unit_quarter_report (
    registry_id    varchar(40)              not null,
    unit_resh      varchar(20)              not null,
    period_quarter varchar(7)               not null,
    registered     integer                  not null,
    examined       integer,
    months_counted integer                  not null,
    made_at        timestamp with time zone not null,
    primary key (registry_id, unit_resh, period_quarter)
);
