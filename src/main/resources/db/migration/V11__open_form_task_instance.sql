-- Issue 8: the course module reads a course's open form tasks from the read model instead of the engine's task
-- query (docs/benchmarks.md). A task needs its process instance and whether it belongs to a correction. Rows written
-- before this migration are completed from the engine's tables when the engine has started
-- (course.process.EngineStartup), since the engine's tables do not exist yet when Flyway runs on a new database.
alter table open_form_task add column process_instance_id varchar(64);
alter table open_form_task add column correction boolean not null default false;
