-- Issue 23: the patient-form pathway that sent a form, so that the patient's answer is correlated to it by id.
alter table patient_form add column process_instance_id varchar(64);
