-- The outbox now carries every outgoing message (patient notices, staff login codes and mail), so e-mails keep
-- their own subject.
alter table notification_outbox add column subject varchar(200);
