-- ADR 0016: a registry's form codes are the file names without the registry's prefix (NNRR: PASIENT-FOR,
-- OPPFOLGING-12), longer than SmerteReg's; every column that holds a form's code takes up to 40 characters, which the
-- registry descriptors are checked against at start.
alter table form_instance alter column form_key set data type varchar(40);
alter table open_form_task alter column form_key set data type varchar(40);
alter table patient_form alter column form_type set data type varchar(40);
alter table audit_event alter column form set data type varchar(40);
