-- "Egne uferdige skjema": the worklist of the courses where a user's own draft waits (WorklistQuery).
create index ix_form_instance_saved_by on form_instance (saved_by, state);
