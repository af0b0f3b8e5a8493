-- The patient portal's "save and return": the answers a patient saved without submitting, kept only while the form
-- is open for answers (cleared when it is answered, locked or closed).
alter table patient_form add column draft_answers ${json_type};
alter table patient_form add column draft_saved_at timestamp with time zone;
