-- A unit's worklist by department reads its page's course ids from an index, as by start date (V31), instead of
-- sorting every active course of the unit for each view (issue 23): each department's courses in id order, merged by
-- the department's name (course.WorklistQuery), for a list of one unit. By consent: V32_1 (an expression index,
-- PostgreSQL only).
create index ix_course_worklist_department on course (registry_id, unit_resh, department_id, status, id);
