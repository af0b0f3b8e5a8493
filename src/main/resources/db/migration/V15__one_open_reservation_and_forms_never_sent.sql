-- Issue 18, ePROM actions.
--
-- A patient form never sent (neither phone nor e-mail; no paper answer or manual dispatch in six days) was locked
--    as unanswered with reason 7. It gets its own state and reason 8 "Ikke sendt - mangler kontaktinformasjon"
--    (docs/eprom.md, ADR 0012). Only the no-contact wait locks a form that has no send time. The dispatch ledger keeps
--    what it recorded then.
update patient_form set state = 'NOT_SENT_NO_CONTACT', reason_code = 8
 where state = 'LOCKED_UNANSWERED' and sent_at is null and answered_at is null;
