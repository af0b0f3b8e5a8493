-- Issue 8: the worklist reads these instead of the engine's task query (docs/benchmarks.md, ADR 0007).
-- One row per open user task of a clinician form, written by the engine's built-in task listeners in the same
-- transaction as the task's creation, completion or deletion (course.process.OpenFormTasks). No foreign key: the
-- engine may create the task before the course row is flushed in the same transaction.
create table open_form_task (
    task_id   varchar(64) primary key,
    course_id bigint      not null,
    form_key  varchar(10) not null
);
create index ix_open_form_task_course on open_form_task (course_id);

-- The worklist pages a unit's active courses in the database, sorted by start date (its default), consent or
-- department: this index serves the unit and status filter and the start-date order.
create index ix_course_unit_status_start on course (unit_resh, status, start_date);
create index ix_course_registry_status_start on course (registry, status, start_date);
