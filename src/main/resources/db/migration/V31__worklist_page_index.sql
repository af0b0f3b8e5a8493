-- A unit's worklist by start date (its default order), newest or oldest first: the page's course ids read from this
-- index alone, instead of every active course of the unit fetched and sorted for each view (issue 23).
create index ix_course_worklist_start on course (registry_id, unit_resh, status, start_date desc nulls last, id desc);
