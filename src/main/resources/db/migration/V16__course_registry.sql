-- Issue 19, ADR 0013: the platform runs several registries; each course belongs to one, for good. Every course so far
-- is SmerteReg's. (The column "registry" is the course's scope within its registry: NATIONAL or LOCAL.)
alter table course add column registry_id varchar(30) default 'smertereg' not null;
create index ix_course_registry_unit on course (registry_id, unit_resh, status);
