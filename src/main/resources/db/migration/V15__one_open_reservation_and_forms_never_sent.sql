-- Issue 18, ePROM actions.
--
-- 1. A patient has at most one open reservation case. open_pid is the PID while the case is received and empty once
--    it is registered; a unique constraint on it lets only one of two requests that arrive at the same time (on any
--    node) open a case. Where the bug already opened several, the earliest stays the open one (the others remain
--    listed for the secretariat, as before). Plain unique (no partial index) so that H2 runs it too.
alter table reservation add column open_pid bigint;
update reservation set open_pid = pid
 where state = 'RECEIVED'
   and id = (select min(o.id) from reservation o where o.pid = reservation.pid and o.state = 'RECEIVED');
alter table reservation add constraint uq_reservation_open_pid unique (open_pid);

-- 2. A patient form never sent (neither phone nor e-mail; no paper answer or manual dispatch in six days) was locked
--    as unanswered with reason 7. It gets its own state and reason 8 "Ikke sendt - mangler kontaktinformasjon"
--    (docs/eprom.md, ADR 0012). Only the no-contact wait locks a form that has no send time. The dispatch ledger keeps
--    what it recorded then.
update patient_form set state = 'NOT_SENT_NO_CONTACT', reason_code = 8
 where state = 'LOCKED_UNANSWERED' and sent_at is null and answered_at is null;
