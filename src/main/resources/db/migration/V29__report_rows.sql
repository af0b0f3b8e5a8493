-- The reports' read model (issue 22, ADR 0020): each registered course's report row as the reports compute it (the
-- codebook's columns as a JSON array, the extra columns as a JSON object, what decides completeness beside them),
-- kept current from the marks left in report_row_stale whenever one of its sources changes. On PostgreSQL the
-- marks come from triggers (V29_1); on H2 (the zero-install demo) there are none and the reports read the sources.
create table report_row (
    course_id   bigint       primary key,
    registry_id varchar(30)  not null,
    unit_resh   varchar(20)  not null,
    national    boolean      not null,
    start_date  date,
    course_type integer,
    held_forms  varchar(1000) not null,
    final_forms varchar(1000) not null,
    row_values  text         not null,
    row_extras  text
);
create index ix_report_row_national on report_row (registry_id, national, start_date, course_id);
create index ix_report_row_unit on report_row (registry_id, unit_resh, start_date, course_id);

create table report_row_stale (
    course_id bigint primary key,
    marked    bigint not null
);
create index ix_report_row_stale_marked on report_row_stale (marked);
create sequence report_row_mark;

-- The national report's figures per unit and month of the course's start (NationalTally as JSON), for every month
-- the unit has national courses in; tally null: to be recomputed from report_row. A change to one of its rows bumps
-- the version and clears the tally, so a tally computed from older rows is not saved over it.
create table report_cell (
    registry_id varchar(30) not null,
    unit_resh   varchar(20) not null,
    start_month date        not null,
    version     bigint      not null,
    tally       text,
    primary key (registry_id, unit_resh, start_month)
);

-- The definition the stored rows and cells were computed with (ReportRows.fingerprint); another one at start-up
-- marks every course and clears every cell.
create table report_model (
    fingerprint varchar(64) primary key
);
