-- A notice the mail server refused is tried again later and later (registry.mail-relay-attempts tries in all); one
-- it refused for good (an address it rejects) or that ran out of tries is not tried again: failed_at says when and
-- failure says why (the kind of error only, never the address or the text, which are forgotten then as after a send).
alter table notification_outbox add column attempts integer not null default 0;
alter table notification_outbox add column failed_at timestamp with time zone;
alter table notification_outbox add column failure varchar(200);
