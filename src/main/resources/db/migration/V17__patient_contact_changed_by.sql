-- Who saved a patient's contact details (PO) last, and when: a save made on an older version is refused with
-- their name and the time (a user name, no contact details).
alter table patient add column contact_changed_by varchar(100);
alter table patient add column contact_changed_at timestamp with time zone;
