-- Issue 7: the reports select a unit's (or the national registry's) courses by start date (StartdatoTO) and then
-- read their forms by course id (covered by uq_form_instance_course_form and uq_patient_form_course_type).
-- Reports are computed on read from these tables (docs/reports.md); these indexes keep the period selection a
-- range scan. Versioned 9.7 so that it does not collide with migrations of parallel work.
create index ix_course_unit_start on course (unit_resh, start_date);
create index ix_course_registry_start on course (registry, start_date);
